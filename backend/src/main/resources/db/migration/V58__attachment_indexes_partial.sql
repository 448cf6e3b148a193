-- The attachment indexes (V12) hold only rows that name an attachment (issue 15, writes). Most reports and nearly all
-- replies name none, yet GIN keeps an entry for an empty array too, and every insert and every update that moves a
-- row (a status change: each accept, dispatch, sign, reply and rating moves its case and dispatch rows) appended one
-- to the index's pending list under its metapage lock, to be merged later into one ever-growing posting tree of
-- empty arrays. Two such updates took 0.62 ms with the full indexes and 0.52 ms with these (pgbench, one client).
-- The only reader, the photo's access check (cases/photos/CasePhotos), asks for a named attachment, which an empty
-- array never holds; it states the predicate so the planner takes these indexes.
DROP INDEX case_file_attachments;
CREATE INDEX case_file_attachments ON case_file USING gin (attachments) WHERE attachments <> '{}';
DROP INDEX case_dispatch_reply_attachments;
CREATE INDEX case_dispatch_reply_attachments ON case_dispatch USING gin (reply_attachments) WHERE reply_attachments <> '{}';

-- Columns that no query filters, joins, groups or sorts by keep no planner statistics: ANALYZE (autovacuum's, after
-- every tenth of a table is new) samples up to 30,000 rows and sorts each column's sample, and for these wide texts,
-- JSON documents and hashes that was most of its work (the audit trail's two JSON states alone were half of
-- audit_event's). No plan reads them: a column without statistics is estimated with the defaults, as before its first
-- ANALYZE. Searched columns (a case's code, title and address) and the attachment arrays behind GIN indexes keep theirs.
ALTER TABLE audit_event
    ALTER COLUMN before_state SET STATISTICS 0,
    ALTER COLUMN after_state SET STATISTICS 0,
    ALTER COLUMN prev_hash SET STATISTICS 0,
    ALTER COLUMN hash SET STATISTICS 0;
ALTER TABLE case_file
    ALTER COLUMN description SET STATISTICS 0,
    ALTER COLUMN payload_hash SET STATISTICS 0,
    ALTER COLUMN basis_duty SET STATISTICS 0;
ALTER TABLE case_dispatch
    ALTER COLUMN instructions SET STATISTICS 0,
    ALTER COLUMN reply_text SET STATISTICS 0,
    ALTER COLUMN refusal_reason SET STATISTICS 0,
    ALTER COLUMN close_reason SET STATISTICS 0,
    ALTER COLUMN basis_duty SET STATISTICS 0;
ALTER TABLE case_dispatch_request
    ALTER COLUMN payload_hash SET STATISTICS 0,
    ALTER COLUMN dispatch_ids SET STATISTICS 0;
ALTER TABLE case_event
    ALTER COLUMN note SET STATISTICS 0;
ALTER TABLE case_rating
    ALTER COLUMN comment SET STATISTICS 0;
ALTER TABLE notification
    ALTER COLUMN title SET STATISTICS 0;
ALTER TABLE webhook_delivery
    ALTER COLUMN payload SET STATISTICS 0,
    ALTER COLUMN last_error SET STATISTICS 0;

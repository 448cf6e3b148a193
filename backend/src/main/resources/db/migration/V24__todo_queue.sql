-- 待办 (issue 14, gap 2): the caller's queue reads the open dispatches to its unit and the unrated replies to the
-- dispatches its unit sent. Both are a small part of a unit's dispatches (the demo's 生态环境局: 32 of 633 received;
-- the district centre: 260 of 8,400 rows, until now read by a sequential scan), so partial indexes hold just them.
CREATE INDEX dispatch_todo_handle ON case_dispatch (to_unit_id)
    WHERE closed_at IS NULL AND status IN ('SENT', 'SIGNED');
CREATE INDEX dispatch_todo_rate ON case_dispatch (from_unit_id)
    WHERE closed_at IS NULL AND status = 'REPLIED';

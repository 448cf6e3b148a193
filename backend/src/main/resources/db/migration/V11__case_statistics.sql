-- Case statistics (GROUP BY over a period of report times) and the command-centre board.
-- A covering index for the period scan: the statistics read cases by report time and group them by these columns.
CREATE INDEX case_stats_period ON case_file (reported_at) INCLUDE (id, status, origin_unit_id, category_item_id, area_path);
-- The board counts the open cases by status.
CREATE INDEX case_open_status ON case_file (status, area_path) WHERE status NOT IN ('CLOSED', 'CANCELLED');
-- Today's closed cases.
CREATE INDEX case_closed_updated ON case_file (updated_at) WHERE status = 'CLOSED';

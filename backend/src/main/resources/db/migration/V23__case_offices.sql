-- 科室环节 (office hops) and fair appeals (issue 14, gaps 1 and 4).

-- 谁派单、谁评价, held by the database as well as by the service: a rating's rater is the dispatch's from-unit and
-- its rated unit the dispatch's to-unit. A composite foreign key onto (id, from_unit_id, to_unit_id) refuses any
-- row, however it is written, that names another rater.
ALTER TABLE case_dispatch ADD CONSTRAINT dispatch_parties UNIQUE (id, from_unit_id, to_unit_id);
ALTER TABLE case_rating ADD CONSTRAINT rating_by_dispatcher
    FOREIGN KEY (dispatch_id, rater_unit_id, rated_unit_id) REFERENCES case_dispatch (id, from_unit_id, to_unit_id);

-- A hop the closing unit closed unfinished (still open, or replied and unrated) when it closed the case or replied
-- above it: when, by whom and why; a closed hop is settled and nobody acts on it any more.
ALTER TABLE case_dispatch ADD COLUMN closed_at timestamptz;
ALTER TABLE case_dispatch ADD COLUMN close_reason text;
ALTER TABLE case_dispatch ADD COLUMN closed_by_name text;
ALTER TABLE case_dispatch ADD CONSTRAINT dispatch_close_reason
    CHECK (closed_at IS NULL OR (length(btrim(close_reason)) > 0 AND closed_by_name IS NOT NULL));

-- has_unsatisfied now means "ever had an UNSATISFIED rating": a rating revised on appeal keeps the case, and its
-- history, in the view of the discipline office and the organisation department.
UPDATE case_file c SET has_unsatisfied = true
 WHERE NOT c.has_unsatisfied
   AND EXISTS (SELECT 1 FROM case_rating r WHERE r.case_id = c.id AND 'UNSATISFIED' IN (r.level, r.original_level));

-- A rating's dispatch, rater and rated unit are checked once, by rating_by_dispatcher (V23: the rating's dispatch with
-- its sender as the rater and its receiver as the rated unit, 谁派单谁评价), not again one by one (issue 15, writes).
-- That key implies the three single ones: the dispatch exists, and its from_unit_id and to_unit_id reference units
-- (case_dispatch's own keys), which no unit can leave while the dispatch names it. Each single key cost a lookup and a
-- row lock per rating, the unit rows' among them, which every concurrent rating of the same units shares (a
-- multixact per locker); the three took 16 µs of a rating's insert (pgbench, one client). case_id keeps its key.
ALTER TABLE case_rating
    DROP CONSTRAINT case_rating_dispatch_id_fkey,
    DROP CONSTRAINT case_rating_rater_unit_id_fkey,
    DROP CONSTRAINT case_rating_rated_unit_id_fkey;

-- A list of cases in a state counts the cases of that state the actor sees (issue 15: the leader's closed cases),
-- and the one-statement reads write the actor's region into that count as a literal prefix, area_path LIKE '/1/38/%'.
-- PostgreSQL turns such a prefix into a range of an index only under the C collation or with text_pattern_ops: the
-- databases here use C.UTF-8, so the count read every case of the state, the region checked on each (case_status,
-- V46), and V11's open-state index read the state's entries of every region likewise.
-- Both states' halves of the index are now (state, area path) with text_pattern_ops, so a region's count reads that
-- region's entries only. On the benchmark's database after its writes (16.5k cases, 12.9k of them in one township,
-- 12.1k dispatched), pgbench: another township's dispatched cases counted in 1.05 → 0.03 ms, its closed ones in
-- 0.19 → 0.05 ms; the district leader's closed cases, whose region holds them all, in 0.54–0.63 → 0.40–0.41 ms, and
-- the leader's whole list (q1, one statement) in 1.22 → 0.98 ms. The open half keeps V11's predicate (the command
-- board counts the open states by state); the finished half is new and holds closed and cancelled cases only.
CREATE INDEX case_open_area ON case_file (status, area_path text_pattern_ops) WHERE status NOT IN ('CLOSED', 'CANCELLED');
DROP INDEX case_open_status;
ALTER INDEX case_open_area RENAME TO case_open_status;
CREATE INDEX case_finished_area ON case_file (status, area_path text_pattern_ops) WHERE status IN ('CLOSED', 'CANCELLED');

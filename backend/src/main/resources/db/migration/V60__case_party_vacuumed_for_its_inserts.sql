-- case_party is only ever inserted into, and every party's list and count read it by index alone, newest rows first
-- (V47). An index-only scan reads the table itself for every row on a page the visibility map does not yet mark
-- all-visible, and only VACUUM marks them. Left to the defaults, autovacuum visits an insert-only table after 20 % of
-- its rows are new: on the benchmark's database after its writes (495k rows, 78k new) a department's walk of its range
-- went to the table 39,000 times, 12 ms instead of 4.8 ms once vacuumed; at a city's 7.6 M rows it would wait for
-- 1.5 M new ones. After 1 % (and the usual 1,000) the newest rows, the ones newest-first lists read, stay all-visible;
-- such a vacuum only visits the pages written since the last one.
ALTER TABLE case_party SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 1000);

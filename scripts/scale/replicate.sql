-- The city-scale data set (issue 15, scale), run by scripts/scale/city-data.sh on a COPY of a migrated database
-- holding the demo data (never the product's own): K replicas of the demo cases, each shifted back by a whole number
-- of days (replica k by floor(k * SPAN / K) days, so K replicas spread over SPAN days), with their dispatches,
-- ratings and return visits; R replicas of the demo's power items (权力事项) with their published versions; then the
-- statistics rollup, sequences, planner statistics. Whole-day shifts keep every report day a report day, so the
-- rollup of the copy is the demo's daily rollup shifted and summed (exact: replicas are disjoint cases); the test of
-- the generator checks it against the raw computation.
-- Usage: psql -v K=267 -v SPAN=961 -v R=27 -d <copy> -f replicate.sql   (as superuser: FK triggers are skipped for
-- speed, the keys are checked afterwards)
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '256MB';

-- id offsets past every existing id, so replica k's ids are the demo's + k * offset
select (select max(id) from case_file) + 1 as coff,
       greatest((select max(id) from case_dispatch), (select max(id) from case_rating)) + 1 as doff,
       (select max(id) from list_item) + 1 as loff,
       (select count(*) from case_file) as demo_cases \gset

create temp table shift as
select k, (k * :SPAN / :K) as days from generate_series(0, :K) k;

-- the demo's daily rollup, computed once from the raw tables (the copy holds the demo only at this point)
create temp table demo_days as select * from case_stat_rows('2000-01-01', '2100-01-01');

-- the secondary indexes of the tables written are dropped and built again afterwards: building an index over
-- millions of rows is several times faster than maintaining it row by row (constraint indexes stay)
create temp table saved_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i
where i.indrelid in ('case_file'::regclass, 'case_dispatch'::regclass, 'case_rating'::regclass, 'list_item'::regclass)
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
do $$ declare r record; begin
    for r in select name from saved_index loop execute 'drop index ' || r.name; end loop;
end $$;

set session_replication_role = replica;
begin;
insert into case_file (id, code, title, description, category_item_id, category_text, address, latitude, longitude,
    attachments, source, external_id, origin_unit_id, area_unit_id, area_path, reporter_subject, reporter_name, priority,
    deadline, status, has_unsatisfied, client_key, reported_at, updated_at, version, ever_disputed, payload_hash,
    client_time, round, reopen_count, closed_at, basis_item_id, basis_item_version, basis_duty)
select c.id + s.k * :coff, 'S' || s.k || '-' || c.code, c.title, c.description, c.category_item_id, c.category_text,
    c.address, c.latitude, c.longitude, '{}', c.source, c.external_id || '-s' || s.k, c.origin_unit_id, c.area_unit_id,
    c.area_path, c.reporter_subject, c.reporter_name, c.priority, c.deadline - s.days * interval '1 day', c.status,
    c.has_unsatisfied, c.client_key || '-s' || s.k, c.reported_at - s.days * interval '1 day',
    c.updated_at - s.days * interval '1 day', c.version, c.ever_disputed, c.payload_hash,
    c.client_time - s.days * interval '1 day', c.round, c.reopen_count, c.closed_at - s.days * interval '1 day',
    c.basis_item_id, c.basis_item_version, c.basis_duty
from shift s cross join case_file c where s.k > 0 and c.id < :coff;

insert into case_dispatch (id, case_id, parent_dispatch_id, from_unit_id, from_subject, from_name, to_unit_id, role,
    instructions, status, sent_at, sign_deadline, handle_deadline, signed_at, signed_by_name, refused_at, refusal_reason,
    replied_at, reply_text, reply_attachments, replied_by_name, overdue, version, ancestry, closed_at, close_reason,
    closed_by_name, round, basis_item_id, basis_item_version, basis_duty)
select d.id + s.k * :doff, d.case_id + s.k * :coff, d.parent_dispatch_id + s.k * :doff, d.from_unit_id, d.from_subject,
    d.from_name, d.to_unit_id, d.role, d.instructions, d.status, d.sent_at - s.days * interval '1 day',
    d.sign_deadline - s.days * interval '1 day', d.handle_deadline - s.days * interval '1 day',
    d.signed_at - s.days * interval '1 day', d.signed_by_name, d.refused_at - s.days * interval '1 day', d.refusal_reason,
    d.replied_at - s.days * interval '1 day', d.reply_text, '{}', d.replied_by_name,
    -- as the product's overdue job would long since have flagged them
    d.overdue or (d.closed_at is null and ((d.status = 'SENT' and d.sign_deadline - s.days * interval '1 day' < now())
                  or (d.status = 'SIGNED' and d.handle_deadline - s.days * interval '1 day' < now()))),
    d.version,
    case when d.ancestry = '/' then '/' else '/' || array_to_string(array(
        select a::bigint + s.k * :doff from unnest(string_to_array(trim(both '/' from d.ancestry), '/')) a), '/') || '/' end,
    d.closed_at - s.days * interval '1 day', d.close_reason, d.closed_by_name, d.round, d.basis_item_id,
    d.basis_item_version, d.basis_duty
from shift s cross join case_dispatch d where s.k > 0 and d.case_id < :coff;

insert into case_rating (id, dispatch_id, case_id, level, original_level, comment, rater_unit_id, rater_subject,
    rater_name, rated_unit_id, rated_at, version)
select r.id + s.k * :doff, r.dispatch_id + s.k * :doff, r.case_id + s.k * :coff, r.level, r.original_level, r.comment,
    r.rater_unit_id, r.rater_subject, r.rater_name, r.rated_unit_id, r.rated_at - s.days * interval '1 day', r.version
from shift s cross join case_rating r where s.k > 0 and r.case_id < :coff;

-- return visits (回访: a figure of the statistics; ids from their sequence)
insert into case_visit (case_id, round, way, satisfaction, note, by_subject, by_name, by_unit_id, visited_at)
select v.case_id + s.k * :coff, v.round, v.way, v.satisfaction, v.note, v.by_subject, v.by_name, v.by_unit_id,
    v.visited_at - s.days * interval '1 day'
from shift s cross join case_visit v where s.k > 0 and v.case_id < :coff;

-- the parties of each case (case_party, V47: its triggers are skipped here): a replica's cases have the demo's units,
-- so their rows are the demo's with the case ids shifted; the key is built afterwards over the whole table
alter table case_party drop constraint case_party_pkey;
insert into case_party (unit_id, case_id)
select p.unit_id, p.case_id + s.k * :coff from shift s cross join case_party p where s.k > 0 and p.case_id < :coff;

-- a city's power items: R more copies of each demo power item (code, catalogue code and name marked with the copy)
insert into list_item (id, kind, code, name, unit_id, status, published_version, details, power_type, item_level,
    catalogue_code, search_text, version, created_at, updated_at)
select i.id + n * :loff, i.kind, i.code || '-C' || n, i.name || '（' || n || '）', i.unit_id, i.status,
    i.published_version, i.details, i.power_type, i.item_level, i.catalogue_code || '-C' || n,
    i.search_text || ' ' || n, i.version, i.created_at, i.updated_at
from generate_series(1, :R) n cross join list_item i where i.kind = 'POWER' and i.id < :loff;
insert into list_item_version (item_id, version_no, name, unit_id, status, details, change_id, published_at, published_by)
select v.item_id + n * :loff, v.version_no, v.name || '（' || n || '）', v.unit_id, v.status, v.details, null,
    v.published_at, v.published_by
from generate_series(1, :R) n cross join list_item_version v join list_item i on i.id = v.item_id
where i.kind = 'POWER' and i.id < :loff;

-- the statistics rollup: the demo's days shifted by each replica's days, summed per month (and per day for weeks),
-- then per year
truncate case_stat_month;
truncate case_stat_dirty;
-- The months: a demo day's figures land in the month of (day - shift) once per replica, so they are weighted by how
-- many replicas put that day in that month (~33 months per demo day instead of 268 replicas: 8 times fewer rows to
-- sum). Then the days of dim 3 for the weeks (every shift is a different day: no weighting there).
create temp table day_month as
select d.day, date_trunc('month', d.day - s.days)::date as month, count(*)::int as n
from (select distinct day from demo_days) d cross join shift s
group by 1, 2;
insert into case_stat_month
select w.month, d.viewer_id, d.dim, d.area_path, d.key_id, d.key_text, sum(d.cases * w.n), sum(d.closed * w.n),
       sum(d.reopened * w.n), sum(d.dispatches * w.n), sum(d.replied * w.n), sum(d.on_time * w.n), sum(d.ratings * w.n),
       sum(d.satisfied * w.n), sum(d.basically_satisfied * w.n), sum(d.unsatisfied * w.n), sum(d.visits * w.n),
       sum(d.visit_satisfied * w.n), sum(d.visit_basically_satisfied * w.n), sum(d.visit_unsatisfied * w.n)
from day_month w join demo_days d on d.day = w.day
group by 1, d.viewer_id, d.dim, d.area_path, d.key_id, d.key_text;
insert into case_stat_month
select d.day - s.days, d.viewer_id, 4::smallint, d.area_path, d.key_id, d.key_text, sum(d.cases), sum(d.closed),
       sum(d.reopened), sum(d.dispatches), sum(d.replied), sum(d.on_time), sum(d.ratings), sum(d.satisfied),
       sum(d.basically_satisfied), sum(d.unsatisfied), sum(d.visits), sum(d.visit_satisfied),
       sum(d.visit_basically_satisfied), sum(d.visit_unsatisfied)
from shift s cross join demo_days d where d.dim = 3
group by 1, d.viewer_id, d.area_path, d.key_id, d.key_text;
-- the years, summed from those months as the refresh sums them (V53)
truncate case_stat_year;
insert into case_stat_year
select * from case_stat_year_rows(array(select distinct date_trunc('year', day)::date from case_stat_month));
commit;
set session_replication_role = origin;

set max_parallel_maintenance_workers = 2;
alter table case_party add primary key (unit_id, case_id);
do $$ declare r record; begin
    for r in select def from saved_index loop execute r.def; end loop;
end $$;

-- the product inserts after these ids
select setval(pg_get_serial_sequence('case_file', 'id'), (select max(id) from case_file));
select setval(pg_get_serial_sequence('case_dispatch', 'id'), (select max(id) from case_dispatch));
select setval(pg_get_serial_sequence('case_rating', 'id'), (select max(id) from case_rating));
select setval(pg_get_serial_sequence('list_item', 'id'), (select max(id) from list_item));

-- the keys the skipped FK triggers would have checked (all must be 0)
select (select count(*) from case_dispatch d where not exists (select 1 from case_file c where c.id = d.case_id))
       + (select count(*) from case_dispatch d where d.parent_dispatch_id is not null
            and not exists (select 1 from case_dispatch p where p.id = d.parent_dispatch_id))
       + (select count(*) from case_rating r where not exists (select 1 from case_dispatch d where d.id = r.dispatch_id
            and d.case_id = r.case_id and d.from_unit_id = r.rater_unit_id and d.to_unit_id = r.rated_unit_id))
       + (select count(*) from list_item_version v where not exists (select 1 from list_item i where i.id = v.item_id))
       as broken_keys \gset
select :broken_keys > 0 as broken \gset
\if :broken
\echo 'broken keys: ' :broken_keys
\quit 3
\endif

vacuum analyze case_file;
vacuum analyze case_dispatch;
vacuum analyze case_rating;
vacuum analyze list_item;
vacuum analyze list_item_version;
vacuum analyze case_stat_month;
vacuum analyze case_party;
vacuum analyze case_stat_year;
select (select count(*) from case_file) as cases, (select count(*) from case_dispatch) as dispatches,
       (select count(*) from case_rating) as ratings, (select count(*) from list_item where kind = 'POWER') as power_items,
       (select count(*) from case_stat_month) as rollup_rows,
       pg_size_pretty(pg_database_size(current_database())) as db_size;

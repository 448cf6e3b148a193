-- Case statistics rollup (issue 15, scale), the whole scope keyed by area: viewer 0's rows were split by the case's
-- area path, so a region's answer summed every area's rows (CATEGORY at city scale: ~71k rows, over a second).
-- Now a viewer 0 row is keyed by a SCOPE: every unit path the case's area path starts with (its area and every unit
-- above it: '/1/38/829/' counts under '/1/', '/1/38/' and '/1/38/829/'). The raw reads select a scope with
-- `area_path like <unit path>%`; a unit path ends with '/', so that holds exactly when the unit path is one of these
-- prefixes, and a region, a command area or an areaUnitId reads one row per key and month: the row of its path.
-- Party viewers keep area_path '' (their figures are not split).

-- the scopes a viewer 0 row of a case with this area path counts under; a party viewer's single ''
create function case_stat_scopes(viewer_id bigint, area_path text) returns setof text language sql immutable as
$$
select '' where viewer_id <> 0
union all
select left(area_path, i) from generate_series(2, length(area_path)) i
where viewer_id = 0 and substr(area_path, i, 1) = '/'
$$;

-- V39's rows, split by the case's area path, are the leaves the scoped rows are summed from
alter function case_stat_rows(date, date) rename to case_stat_area_rows;

-- The rollup rows per day of the cases reported on the days [d_from, d_to], viewer 0 keyed by scope. The name V39
-- gave it: case_stat_month_rows (the refresh) and the city data generator read it.
create function case_stat_rows(d_from date, d_to date) returns setof case_stat_month language sql stable as
$$
select r.day, r.viewer_id, r.dim, s.scope, r.key_id, r.key_text, sum(r.cases)::int, sum(r.closed)::int,
       sum(r.reopened)::int, sum(r.dispatches)::int, sum(r.replied)::int, sum(r.on_time)::int, sum(r.ratings)::int,
       sum(r.satisfied)::int, sum(r.basically_satisfied)::int, sum(r.unsatisfied)::int, sum(r.visits)::int,
       sum(r.visit_satisfied)::int, sum(r.visit_basically_satisfied)::int, sum(r.visit_unsatisfied)::int
from case_stat_area_rows(d_from, d_to) r cross join lateral case_stat_scopes(r.viewer_id, r.area_path) s(scope)
group by r.day, r.viewer_id, r.dim, s.scope, r.key_id, r.key_text
$$;

-- the rows there are, rekeyed in place (no raw recomputation: the area rows are exactly the leaves)
with area_rows as (delete from case_stat_month where viewer_id = 0 returning *)
insert into case_stat_month
select r.day, 0, r.dim, s.scope, r.key_id, r.key_text, sum(r.cases), sum(r.closed), sum(r.reopened),
       sum(r.dispatches), sum(r.replied), sum(r.on_time), sum(r.ratings), sum(r.satisfied),
       sum(r.basically_satisfied), sum(r.unsatisfied), sum(r.visits), sum(r.visit_satisfied),
       sum(r.visit_basically_satisfied), sum(r.visit_unsatisfied)
from area_rows r cross join lateral case_stat_scopes(0, r.area_path) s(scope)
group by r.day, r.dim, s.scope, r.key_id, r.key_text;

-- the read: a viewer, a grouping, a scope (viewer 0) and a range of days
drop index case_stat_month_read;
create index case_stat_month_read on case_stat_month (viewer_id, dim, area_path, day);

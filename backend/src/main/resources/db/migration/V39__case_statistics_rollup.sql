-- Case statistics rollup (issue 15, scale): the figures of caseStatistics pre-aggregated per month of report
-- (Asia/Shanghai), for the whole scope (viewer 0, read by leaders and command centres through the area path) and
-- for every unit that may read as a party (viewer = that unit: a department, a township, an office). Every figure
-- is additive over days because each case, dispatch, rating and visit belongs to the report day of its case.
-- Writes never update the rollup in place: a trigger marks the report day of the changed case dirty in the
-- writer's transaction; the statistics read takes the month of a dirty day from the raw tables (so it is always
-- exact) and a scheduled refresh recomputes dirty months from the raw tables and clears them. A period that does
-- not start and end on month boundaries reads its partial months raw as well (cases/stats/StatisticsRollup).

-- (the raw reads of partial and marked months, and the refresh, go through case_stats_period on the report time)

-- One row per month of report (day = the first of the month), viewer, grouping and key.
-- dim: 0 category (key_id = list item, key_text = free category text), 1 originating unit, 2 handling unit
-- (the receiving unit of a dispatch, the rated unit of a rating), 3 none (the totals and months), 4 none per day
-- (day = the day itself: the weeks).
-- area_path is the case's area for viewer 0 and '' for a party viewer (a party's figures are not split by area).
create table case_stat_month (
    day date not null,
    viewer_id bigint not null,
    dim smallint not null,
    area_path text not null,
    key_id bigint,
    key_text text,
    cases integer not null,
    closed integer not null,
    reopened integer not null,
    dispatches integer not null,
    replied integer not null,
    on_time integer not null,
    ratings integer not null,
    satisfied integer not null,
    basically_satisfied integer not null,
    unsatisfied integer not null,
    visits integer not null,
    visit_satisfied integer not null,
    visit_basically_satisfied integer not null,
    visit_unsatisfied integer not null
);
create index case_stat_month_read on case_stat_month (viewer_id, dim, day);

-- report days whose rollup rows are stale: the read takes them from the raw tables until the refresh clears them.
-- One row per change, never a shared row: writers of the same day neither lock nor wait for each other, and a mark
-- of a transaction still running survives a refresh that cannot see it yet.
create table case_stat_dirty (
    day date not null
);
create index case_stat_dirty_day on case_stat_dirty (day);

-- the units that read as a party: all but region governments (leaders read the whole scope) and grids (a grid
-- worker sees what it reported); the read uses the rollup for an actor acting for one of these kinds only
create function case_stat_viewer_kind(kind text) returns boolean language sql immutable as
$$ select kind not in ('REGION_GOVERNMENT', 'GRID') $$;

-- the report day of a report time
create function case_stat_day_of(t timestamptz) returns date language sql immutable as
$$ select (t at time zone 'Asia/Shanghai')::date $$;

-- The rollup rows per DAY (not summed into months) of the cases reported on the days [d_from, d_to]: exactly what
-- the raw statistics queries (cases/stats/CaseStatisticsReads) count.
-- A party viewer X sees a case when X is, or lies above, the originating unit or a dispatching or receiving unit of
-- any of its dispatches (CaseVisibility.condition), and a dispatch when X is, or lies above, a sending or receiving
-- unit of the dispatch or of a dispatch on its ancestry (CaseVisibility.dispatchCondition).
create function case_stat_rows(d_from date, d_to date) returns setof case_stat_month language sql stable as
$$
with cs as (
    select c.id, case_stat_day_of(c.reported_at) as day, c.area_path, c.category_item_id, c.category_text,
           c.origin_unit_id, c.status in ('COMPLETED', 'CLOSED') as closed, c.reopen_count > 0 as reopened
    from case_file c
    where c.reported_at >= (d_from::timestamp at time zone 'Asia/Shanghai')
      and c.reported_at < ((d_to + 1)::timestamp at time zone 'Asia/Shanghai')
),
above as (
    select u.id as unit_id, x.id as viewer_id
    from unit u join unit x on starts_with(u.path, x.path) and case_stat_viewer_kind(x.kind)
),
ds as (
    select d.id, d.case_id, d.to_unit_id, d.replied_at is not null as replied,
           d.replied_at is not null and d.replied_at <= d.handle_deadline as on_time
    from case_dispatch d join cs on cs.id = d.case_id
),
-- who sees each dispatch: viewer 0, and the units at or above the parties of the dispatch and of its ancestry
dv as (
    select ds.id as dispatch_id, 0::bigint as viewer_id from ds
    union
    select d.id, a.viewer_id
    from case_dispatch d join cs on cs.id = d.case_id
    join case_dispatch up on up.case_id = d.case_id
        and (up.id = d.id or d.ancestry like up.ancestry || up.id || '/%')
    cross join lateral (values (up.from_unit_id), (up.to_unit_id)) p(unit_id)
    join above a on a.unit_id = p.unit_id
),
-- who sees each case: viewer 0, and the units at or above its originating unit or a party of a dispatch
cv as (
    select cs.id as case_id, 0::bigint as viewer_id from cs
    union
    select cs.id, a.viewer_id from cs join above a on a.unit_id = cs.origin_unit_id
    union
    select d.case_id, a.viewer_id
    from case_dispatch d join cs on cs.id = d.case_id
    cross join lateral (values (d.from_unit_id), (d.to_unit_id)) p(unit_id)
    join above a on a.unit_id = p.unit_id
),
-- one row per counted thing and viewer, with its keys for dims 0, 1 and 3 (from the case) or dim 2
facts as (
    -- cases, by the case's keys
    select cs.day, cv.viewer_id, cs.area_path, cs.category_item_id, cs.category_text, cs.origin_unit_id,
           null::bigint as handling, 1 as cases, cs.closed::int as closed, cs.reopened::int as reopened,
           0 as dispatches, 0 as replied, 0 as on_time, 0 as ratings, 0 as satisfied, 0 as basically, 0 as unsatisfied,
           0 as visits, 0 as v_sat, 0 as v_basic, 0 as v_unsat
    from cs join cv on cv.case_id = cs.id
    union all
    -- dispatches
    select cs.day, dv.viewer_id, cs.area_path, cs.category_item_id, cs.category_text, cs.origin_unit_id,
           ds.to_unit_id, 0, 0, 0, 1, ds.replied::int, ds.on_time::int, 0, 0, 0, 0, 0, 0, 0, 0
    from ds join cs on cs.id = ds.case_id join dv on dv.dispatch_id = ds.id
    union all
    -- ratings: the dispatch's viewers, the rated unit as the handling unit
    select cs.day, dv.viewer_id, cs.area_path, cs.category_item_id, cs.category_text, cs.origin_unit_id,
           r.rated_unit_id, 0, 0, 0, 0, 0, 0, 1, (r.level = 'SATISFIED')::int, (r.level = 'BASICALLY_SATISFIED')::int,
           (r.level = 'UNSATISFIED')::int, 0, 0, 0, 0
    from case_rating r join cs on cs.id = r.case_id join dv on dv.dispatch_id = r.dispatch_id
    union all
    -- return visits, over the visible cases
    select cs.day, cv.viewer_id, cs.area_path, cs.category_item_id, cs.category_text, cs.origin_unit_id,
           null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (v.satisfaction = 'SATISFIED')::int,
           (v.satisfaction = 'BASICALLY_SATISFIED')::int, (v.satisfaction = 'UNSATISFIED')::int
    from case_visit v join cs on cs.id = v.case_id join cv on cv.case_id = cs.id
),
-- dim 2 counts distinct cases and visits per receiving unit over the dispatches the viewer sees
handled as (
    select distinct cs.day, dv.viewer_id, cs.area_path, ds.to_unit_id, cs.id as case_id, cs.closed, cs.reopened
    from ds join cs on cs.id = ds.case_id join dv on dv.dispatch_id = ds.id
),
by_dim as (
    select day, viewer_id, 0::smallint as dim, area_path, category_item_id as key_id, category_text as key_text,
           cases, closed, reopened, dispatches, replied, on_time, ratings, satisfied, basically, unsatisfied,
           visits, v_sat, v_basic, v_unsat
    from facts
    union all
    select day, viewer_id, 1::smallint, area_path, origin_unit_id, null, cases, closed, reopened, dispatches, replied,
           on_time, ratings, satisfied, basically, unsatisfied, visits, v_sat, v_basic, v_unsat
    from facts
    union all
    select day, viewer_id, 3::smallint, area_path, null, null, cases, closed, reopened, dispatches, replied,
           on_time, ratings, satisfied, basically, unsatisfied, visits, v_sat, v_basic, v_unsat
    from facts
    union all
    -- dim 2: dispatches and ratings (the facts with a handling unit) ...
    select day, viewer_id, 2::smallint, area_path, handling, null, 0, 0, 0, dispatches, replied, on_time, ratings,
           satisfied, basically, unsatisfied, 0, 0, 0, 0
    from facts where handling is not null
    union all
    -- ... the distinct cases dispatched to the unit ...
    select day, viewer_id, 2::smallint, area_path, to_unit_id, null, 1, closed::int, reopened::int, 0, 0, 0, 0, 0, 0, 0,
           0, 0, 0, 0
    from handled
    union all
    -- ... and the distinct visits of those cases
    select h.day, h.viewer_id, 2::smallint, h.area_path, h.to_unit_id, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
           (v.satisfaction = 'SATISFIED')::int, (v.satisfaction = 'BASICALLY_SATISFIED')::int,
           (v.satisfaction = 'UNSATISFIED')::int
    from handled h join case_visit v on v.case_id = h.case_id
)
select day, viewer_id, dim, case when viewer_id = 0 then area_path else '' end, key_id, key_text,
       sum(cases)::int, sum(closed)::int, sum(reopened)::int, sum(dispatches)::int, sum(replied)::int, sum(on_time)::int,
       sum(ratings)::int, sum(satisfied)::int, sum(basically)::int, sum(unsatisfied)::int, sum(visits)::int,
       sum(v_sat)::int, sum(v_basic)::int, sum(v_unsat)::int
from by_dim
group by day, viewer_id, dim, case when viewer_id = 0 then area_path else '' end, key_id, key_text
$$;

-- The rollup rows of the months [m_from, m_to] (firsts of months), with the day rows of dim 3 kept as dim 4 (weeks
-- cut across months: the WEEK grouping sums days).
create function case_stat_month_rows(m_from date, m_to date) returns setof case_stat_month language sql stable as
$$
with d as materialized (
    select * from case_stat_rows(m_from, (m_to + interval '1 month' - interval '1 day')::date)
)
select date_trunc('month', day)::date, viewer_id, dim, area_path, key_id, key_text, sum(cases)::int, sum(closed)::int,
       sum(reopened)::int, sum(dispatches)::int, sum(replied)::int, sum(on_time)::int, sum(ratings)::int,
       sum(satisfied)::int, sum(basically_satisfied)::int, sum(unsatisfied)::int, sum(visits)::int,
       sum(visit_satisfied)::int, sum(visit_basically_satisfied)::int, sum(visit_unsatisfied)::int
from d
group by 1, viewer_id, dim, area_path, key_id, key_text
union all
select day, viewer_id, 4::smallint, area_path, key_id, key_text, cases, closed, reopened, dispatches, replied, on_time,
       ratings, satisfied, basically_satisfied, unsatisfied, visits, visit_satisfied, visit_basically_satisfied,
       visit_unsatisfied
from d where dim = 3
$$;

-- Recomputes the given months (firsts of months) from the raw tables and clears their marks. The marks it deletes
-- are those committed before its delete; the recomputation (a later statement) sees at least those changes, and
-- the marks of transactions still running stay for the next refresh.
create function case_stat_refresh_months(months date[]) returns void language plpgsql as
$$
begin
    delete from case_stat_dirty where date_trunc('month', day)::date = any (months);
    delete from case_stat_month where date_trunc('month', day)::date = any (months);
    insert into case_stat_month select r.* from unnest(months) m, lateral case_stat_month_rows(m, m) r;
end
$$;

-- Recomputes up to max_months marked months, oldest first; returns how many. One refresher at a time (an advisory
-- lock: another replica's concurrent call returns 0).
create function case_stat_refresh(max_months integer) returns integer language plpgsql as
$$
declare
    months date[];
begin
    if not pg_try_advisory_xact_lock(hashtext('case_stat_refresh')) then
        return 0;
    end if;
    select coalesce(array_agg(m), '{}') into months
    from (select distinct date_trunc('month', day)::date as m from case_stat_dirty order by 1 limit max_months) x;
    perform case_stat_refresh_months(months);
    return cardinality(months);
end
$$;

-- The marks, in the writer's transaction: the report day of the case a changed row belongs to.
create function case_stat_mark_case() returns trigger language plpgsql as
$$
begin
    if tg_op <> 'INSERT' then
        insert into case_stat_dirty values (case_stat_day_of(old.reported_at));
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.reported_at is distinct from old.reported_at) then
        insert into case_stat_dirty values (case_stat_day_of(new.reported_at));
    end if;
    return null;
end
$$;

create function case_stat_mark_child() returns trigger language plpgsql as
$$
begin
    if tg_op <> 'INSERT' then
        insert into case_stat_dirty select case_stat_day_of(c.reported_at) from case_file c where c.id = old.case_id;
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.case_id is distinct from old.case_id) then
        insert into case_stat_dirty select case_stat_day_of(c.reported_at) from case_file c where c.id = new.case_id;
    end if;
    return null;
end
$$;

create trigger case_stat_case_written after insert or delete on case_file
    for each row execute function case_stat_mark_case();
create trigger case_stat_case_updated after update on case_file for each row
    when (old.status is distinct from new.status or old.reopen_count is distinct from new.reopen_count
        or old.category_item_id is distinct from new.category_item_id or old.category_text is distinct from new.category_text
        or old.origin_unit_id is distinct from new.origin_unit_id or old.area_path is distinct from new.area_path
        or old.reported_at is distinct from new.reported_at)
    execute function case_stat_mark_case();

create trigger case_stat_dispatch_written after insert or delete on case_dispatch
    for each row execute function case_stat_mark_child();
create trigger case_stat_dispatch_updated after update on case_dispatch for each row
    when (old.case_id is distinct from new.case_id or old.from_unit_id is distinct from new.from_unit_id
        or old.to_unit_id is distinct from new.to_unit_id or old.ancestry is distinct from new.ancestry
        or old.replied_at is distinct from new.replied_at or old.handle_deadline is distinct from new.handle_deadline)
    execute function case_stat_mark_child();

create trigger case_stat_rating_written after insert or delete on case_rating
    for each row execute function case_stat_mark_child();
create trigger case_stat_rating_updated after update on case_rating for each row
    when (old.case_id is distinct from new.case_id or old.dispatch_id is distinct from new.dispatch_id
        or old.level is distinct from new.level or old.rated_unit_id is distinct from new.rated_unit_id)
    execute function case_stat_mark_child();

create trigger case_stat_visit_written after insert or delete on case_visit
    for each row execute function case_stat_mark_child();
create trigger case_stat_visit_updated after update on case_visit for each row
    when (old.case_id is distinct from new.case_id or old.satisfaction is distinct from new.satisfaction)
    execute function case_stat_mark_child();

-- a unit moved or of another kind changes who sees what on every day: all days are marked (rare: a reorganisation)
create function case_stat_mark_all() returns trigger language plpgsql as
$$
begin
    insert into case_stat_dirty select distinct day from case_stat_month where dim = 4;
    return null;
end
$$;
create trigger case_stat_unit_moved after update on unit for each row
    when (old.path is distinct from new.path or old.kind is distinct from new.kind)
    execute function case_stat_mark_all();

-- the rollup of what is already there (the demo data, or a database migrated with cases)
insert into case_stat_month select * from case_stat_month_rows('2000-01-01', '2100-01-01');

-- The marked months, read by skipping through the marks' index (issue 15, writes): one index probe per month instead
-- of V39's DISTINCT over every mark. Under steady writes the current month is refreshed less often
-- (cases/stats/StatisticsRefreshJob), so minutes of marks may wait in case_stat_dirty; every statistics read and
-- every refresh asks which months are marked, and must not pay for each of them.
create function case_stat_marked_months() returns setof date language sql stable as
$$
with recursive marked (month) as (
    select date_trunc('month', min(day))::date from case_stat_dirty
    union all
    select (select date_trunc('month', min(d.day))::date from case_stat_dirty d
            where d.day >= (m.month + interval '1 month')::date)
    from marked m where m.month is not null)
select month from marked where month is not null
$$;

-- V39's refresh, of the marked months before the given one only (up to max_months, oldest first): the refresh job
-- leaves the current month out between its own, rarer turns.
create function case_stat_refresh(max_months integer, before date) returns integer language plpgsql as
$$
declare
    months date[];
begin
    if not pg_try_advisory_xact_lock(hashtext('case_stat_refresh')) then
        return 0;
    end if;
    select coalesce(array_agg(m), '{}') into months
    from (select m from case_stat_marked_months() m where m < before order by m limit max_months) x;
    perform case_stat_refresh_months(months);
    return cardinality(months);
end
$$;

-- V39's form: any marked month
create or replace function case_stat_refresh(max_months integer) returns integer language sql as
$$
select case_stat_refresh(max_months, date 'infinity')
$$;

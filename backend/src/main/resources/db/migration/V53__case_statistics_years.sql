-- Case statistics rollup by year (issue 15, scale): a long period summed every month's rows (a region's ORIGIN_UNIT
-- over 36 months: ~23k rows, a department's ~16k; the WEEK grouping ~1,100 days), most of the answer's time at city
-- scale. case_stat_year holds the same figures per year of report (day = 1 January) for dims 0-3, and for dim 4 (the
-- weeks) per week of the year: day = the Monday of the ISO week, or 1 January when the week began the year before
-- (the part of a week inside the year; its ISO week is still that of every day it sums). A statistics read takes a
-- whole year from here when none of its months is marked and the period holds all of it (not for the MONTH grouping:
-- it keys by month), the other whole months from case_stat_month, the rest raw (cases/stats/StatisticsRollup).
-- A year row is the sum of its year's month rows and is recomputed from them whenever one of its months is
-- refreshed, in the refresh's transaction: once none of its months is marked, it equals the raw count.
create table case_stat_year (like case_stat_month);
create index case_stat_year_read on case_stat_year (viewer_id, dim, area_path, day);

-- the year rows of the given years (1 January each), summed from the month rows there are
create function case_stat_year_rows(years date[]) returns setof case_stat_month language sql stable as
$$
select case when m.dim = 4 then greatest(date_trunc('week', m.day)::date, y.y) else y.y end, m.viewer_id, m.dim,
       m.area_path, m.key_id, m.key_text, sum(m.cases)::int, sum(m.closed)::int, sum(m.reopened)::int,
       sum(m.dispatches)::int, sum(m.replied)::int, sum(m.on_time)::int, sum(m.ratings)::int, sum(m.satisfied)::int,
       sum(m.basically_satisfied)::int, sum(m.unsatisfied)::int, sum(m.visits)::int, sum(m.visit_satisfied)::int,
       sum(m.visit_basically_satisfied)::int, sum(m.visit_unsatisfied)::int
from unnest(years) y(y) join case_stat_month m on m.day >= y.y and m.day < (y.y + interval '1 year')
group by 1, m.viewer_id, m.dim, m.area_path, m.key_id, m.key_text
$$;

-- V39's refresh, and the years of the refreshed months recomputed from their month rows
create or replace function case_stat_refresh_months(months date[]) returns void language plpgsql as
$$
declare
    years date[] := array(select distinct date_trunc('year', m)::date from unnest(months) m);
begin
    delete from case_stat_dirty where date_trunc('month', day)::date = any (months);
    delete from case_stat_month where date_trunc('month', day)::date = any (months);
    insert into case_stat_month select r.* from unnest(months) m, lateral case_stat_month_rows(m, m) r;
    delete from case_stat_year where date_trunc('year', day)::date = any (years);
    insert into case_stat_year select * from case_stat_year_rows(years);
end
$$;

-- the years of the rows there are
insert into case_stat_year
select * from case_stat_year_rows(array(select distinct date_trunc('year', day)::date from case_stat_month));

-- PostgreSQL's JIT off for this database (issue 15, writes). The JIT compiles a statement whose estimated cost passes
-- jit_above_cost (100,000 by default), and at jit_optimize_above_cost it optimises the code too; the estimate, not
-- the work done, decides. The statistics refresh (V39, V53, V55) is one such statement: even with no month marked,
-- where it touches no row, each call compiled 235 functions, 2.2 s of a core (46 ms without the JIT), and under
-- writes the refresh job called it every 40-50 s (its pace: refreshing takes at most a tenth of the time). Nothing
-- here runs long enough over enough rows for compiled expressions to repay their compilation: the reads are index
-- ranges, the rollups read summed rows, and a month's refresh took longer with the JIT than without.
-- A database setting, so it holds for every role and every connection made after it, whatever the server's
-- configuration (CloudNativePG's included); the migration runs as the database's owner, who may set it.
DO
$$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;

-- V55's refresh of the marked months before the given one, returning at once when none is marked: with no month to
-- recompute it still deleted (by month, scanning) and recomputed the empty set's years.
create or replace function case_stat_refresh(max_months integer, before date) returns integer language plpgsql as
$$
declare
    months date[];
begin
    if not pg_try_advisory_xact_lock(hashtext('case_stat_refresh')) then
        return 0;
    end if;
    select coalesce(array_agg(m), '{}') into months
    from (select m from case_stat_marked_months() m where m < before order by m limit max_months) x;
    if cardinality(months) = 0 then
        return 0;
    end if;
    perform case_stat_refresh_months(months);
    return cardinality(months);
end
$$;

-- 谁派单、谁知情: a department or township sees a case when it, or a unit below it, originated the case or sent or
-- received one of its dispatches (CaseVisibility). Gathering that from the dispatches at every read grows with all
-- the dispatches of the party's units and has to merge several units' ids; this table holds the answer instead, one
-- row per case and per unit that is a party to it OR LIES ABOVE such a unit (its offices' cases are its own), so a
-- party's cases are one range of one index, newest last, whatever its size. Units never move (a unit's path is fixed
-- when it is created) and a case's originating unit and a dispatch's units never change, so rows are only ever added:
-- by the triggers below, for every way a case or a dispatch is written.

-- The unit with this id and every unit above it, read from its path ('/1/38/114/' names 1, 38 and 114).
CREATE FUNCTION unit_and_above(unit bigint) RETURNS SETOF bigint
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT cast(x AS bigint) FROM unit u, unnest(string_to_array(trim(both '/' FROM u.path), '/')) x WHERE u.id = unit
$$;

CREATE TABLE case_party (
    unit_id bigint NOT NULL,
    case_id bigint NOT NULL
);

-- The rows computed from the cases and dispatches themselves: what the table must hold (the backfill below, and the
-- tests that compare the table with it).
CREATE FUNCTION case_party_rows() RETURNS TABLE (unit_id bigint, case_id bigint)
    LANGUAGE sql STABLE
AS $$
    SELECT DISTINCT a.unit, p.case_id
    FROM (SELECT c.id AS case_id, c.origin_unit_id AS unit FROM case_file c
          UNION SELECT d.case_id, d.from_unit_id FROM case_dispatch d
          UNION SELECT d.case_id, d.to_unit_id FROM case_dispatch d) p
    CROSS JOIN LATERAL unit_and_above(p.unit) a(unit)
$$;

-- the rows of the cases already stored, then the key built over them at once (a city's million cases: several times
-- faster than maintaining it row by row)
INSERT INTO case_party (unit_id, case_id) SELECT unit_id, case_id FROM case_party_rows();
ALTER TABLE case_party ADD PRIMARY KEY (unit_id, case_id);

CREATE FUNCTION case_party_of_cases() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO case_party (unit_id, case_id)
    SELECT a.unit, n.id FROM added n CROSS JOIN LATERAL unit_and_above(n.origin_unit_id) a(unit)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION case_party_of_dispatches() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO case_party (unit_id, case_id)
    SELECT a.unit, n.case_id
    FROM added n CROSS JOIN LATERAL (VALUES (n.from_unit_id), (n.to_unit_id)) p(unit)
    CROSS JOIN LATERAL unit_and_above(p.unit) a(unit)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- A case removed (the product removes none; tests and clean-ups do) takes its rows along, once per statement: a
-- foreign key would look its rows up case by case, and without an index on case_id (which every write would pay
-- for) each lookup reads the whole table.
CREATE FUNCTION case_party_of_removed_cases() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM case_party p USING removed r WHERE p.case_id = r.id;
    RETURN NULL;
END
$$;

-- once per statement over the rows it inserted: a bulk copy is one insert, a report or a dispatch a few rows
CREATE TRIGGER case_party_of_cases AFTER INSERT ON case_file
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION case_party_of_cases();
CREATE TRIGGER case_party_of_dispatches AFTER INSERT ON case_dispatch
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION case_party_of_dispatches();
CREATE TRIGGER case_party_of_removed_cases AFTER DELETE ON case_file
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION case_party_of_removed_cases();

package cn.lvzhi.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The rendering of read rules from HQL to SQL. What the rendered rules mean is shown against the engine by
 * {@code JsonReadsTest} (same answers); this pins the translation itself, above all the forms that decide which
 * index PostgreSQL may use and the refusals.
 */
class HqlSqlTest {
    enum Status { OPEN, CLOSED }

    private static final Map<String, String> TABLES = Map.of("CaseFile", "case_file", "Unit", "unit");

    @Test
    void entitiesPropertiesAndCastsBecomeTablesColumnsAndText() {
        HqlSql sql = new HqlSql(TABLES);
        String out = sql.sql("exists (select 1 from Unit u where u.id = c.originUnitId and cast(u.id as String) = :id)",
                Map.of("id", "7"));
        assertEquals("exists (select 1 from unit u where u.id = c.origin_unit_id and cast(u.id as text) = $1)", out);
        assertEquals(List.of("7"), sql.params());
    }

    @Test
    void aListOfSeveralIsAnArrayAndAListOfOneIsOneValueSoAnIndexCanOrder() {
        HqlSql sql = new HqlSql(TABLES);
        String several = sql.sql("c.status in :statuses", Map.of("statuses", List.of(Status.OPEN, Status.CLOSED)));
        String one = sql.sql("c.status in :only and c.originUnitId in :units",
                Map.of("only", List.of(Status.CLOSED), "units", List.of(5)));
        assertEquals("c.status = any($1)", several);
        assertEquals("c.status = $2 and c.origin_unit_id = $3", one);
        assertArrayEquals(new String[] {"OPEN", "CLOSED"}, (String[]) sql.params().get(0));
        assertEquals("CLOSED", sql.params().get(1), "enums bind by name");
        assertEquals(5L, sql.params().get(2), "ids bind as bigint, like the arrays of ids");
    }

    @Test
    void aParameterUsedTwiceIsBoundOnceInTheFormOfEachUse() {
        HqlSql sql = new HqlSql(TABLES);
        String out = sql.sql("(c.originUnitId in :units or c.areaUnitId in :units) and c.id > :after",
                Map.of("units", List.of(1L, 2L), "after", 10L));
        assertEquals("(c.origin_unit_id = any($1) or c.area_unit_id = any($1)) and c.id > $2", out);
        assertArrayEquals(new Long[] {1L, 2L}, (Long[]) sql.params().get(0));
        assertEquals(10L, sql.params().get(1));
        assertEquals(2, sql.params().size());
    }

    @Test
    void parametersThatShapeThePlanAreWrittenAsLiteralsTheRestStayBound() {
        HqlSql sql = new HqlSql(TABLES);
        String out = sql.sql("c.areaPath like :vRegion and c.status in :statuses and c.originUnitId in :vUnits"
                        + " and c.reporterSubject = :subject",
                Map.of("vRegion", "/1/38/%", "statuses", List.of(Status.OPEN, Status.CLOSED), "vUnits", List.of(3L, 41L),
                        "subject", "a'b"),
                Set.of("vRegion", "statuses", "vUnits"));
        assertEquals("c.area_path like '/1/38/%' and c.status in ('OPEN', 'CLOSED') and c.origin_unit_id in (3, 41)"
                + " and c.reporter_subject = $1", out);
        assertEquals(List.of("a'b"), sql.params(), "only what is not named stays a parameter");
        assertEquals("c.origin_unit_id in (null)",
                new HqlSql(TABLES).sql("c.originUnitId in :none", Map.of("none", List.of()), Set.of("none")),
                "an empty list matches nothing, as Hibernate's");
    }

    @Test
    void aLiteralIsOnlyEverPlainTextSoNothingTypedReachesTheStatement() {
        for (Object unsafe : new Object[] {"x' or true or 'x", "a b", "路径", "x;--", 1.5, List.of("ok", "o'k")}) {
            assertThrows(IllegalArgumentException.class, () -> new HqlSql(TABLES).sql("c.code = :v", Map.of("v", unsafe),
                    Set.of("v")), String.valueOf(unsafe));
        }
    }

    @Test
    void whatItDoesNotKnowIsRefusedNotGuessed() {
        HqlSql sql = new HqlSql(TABLES);
        assertThrows(IllegalArgumentException.class, () -> sql.sql("exists (select 1 from Dispatch d)", Map.of()),
                "an entity without a table");
        assertThrows(IllegalArgumentException.class, () -> sql.sql("c.status = :missing", Map.of()),
                "an unbound parameter");
        assertThrows(IllegalArgumentException.class, () -> sql.sql("c.status = cn.lvzhi.Status.OPEN", Map.of()),
                "a qualified enum literal");
        assertThrows(IllegalArgumentException.class, () -> sql.sql("c.code = 'x", Map.of()), "an open literal");
        assertThrows(IllegalArgumentException.class, () -> sql.sql("c.id::text = '1'", Map.of()), "a :: cast");
    }
}

package cn.lvzhi.graph;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Keycloak;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import static cn.lvzhi.testing.Sql.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case list's count stops at {@link CaseReads#COUNT_CAP} (issue 15, scale: a leader sees a million cases): up to
 * the cap it is exact and not capped; one case more and it says the cap and {@code totalCountCapped} — the same from
 * the engine and from the one-statement SQL read ({@link JsonReadsTest#compare}). The cases are a grid worker's own
 * reports (reportedByMe), inserted for the test and removed after it.
 */
@QuarkusTest
class CaseCountCapTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINE = "{ cases(first: 3, filter: {reportedByMe: true}) { totalCount totalCountCapped edges { node { id } } } }";

    @Inject
    AgroalDataSource db;

    @Test
    void theCountIsExactUpToTheCapAndSaysSoBeyondIt() throws Exception {
        String token = Keycloak.tokenFor(Role.GRID_WORKER);
        String subject = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .path("sub").asText();
        try (var c = db.getConnection(); var st = c.createStatement()) {
            try {
                long mine = number(st, "select count(*) from case_file where reporter_subject = '" + subject + "'");
                insert(st, subject, 1, CaseReads.COUNT_CAP - mine);
                JsonNode exact = answer(token);
                assertEquals(CaseReads.COUNT_CAP, exact.path("totalCount").asInt(), "exactly the cap: counted exactly");
                assertFalse(exact.path("totalCountCapped").asBoolean(), "exactly the cap is not beyond it");

                insert(st, subject, CaseReads.COUNT_CAP - mine + 1, CaseReads.COUNT_CAP - mine + 1);
                JsonNode capped = answer(token);
                assertEquals(CaseReads.COUNT_CAP, capped.path("totalCount").asInt(), "beyond the cap: the cap");
                assertTrue(capped.path("totalCountCapped").asBoolean(), "and says that more match");
                assertEquals(3, capped.path("edges").size(), "the page itself is whole");
            } finally {
                st.executeUpdate("delete from case_file where reporter_subject = '" + subject + "' and code like 'CAPTEST-%'");
            }
        }
    }

    /** The engine's answer, required equal to the SQL read's (which must be the one answering). */
    private static JsonNode answer(String token) throws Exception {
        assertEquals("sql", JsonReadsTest.compare("grid worker", token, MINE, Map.of()), "the database answers the capped count");
        return JSON.readTree(JsonReadsTest.post(token, MINE, Map.of(), true).asString()).path("data").path("cases");
    }

    /** The grid worker's reports numbered [from, to] (codes CAPTEST-n), in 2003 (no other test's months). */
    private static void insert(Statement st, String subject, long from, long to) throws SQLException {
        st.executeUpdate("""
                insert into case_file (code, title, description, category_text, address, source, origin_unit_id, area_unit_id,
                  area_path, reporter_subject, reporter_name, priority, status, reported_at)
                select 'CAPTEST-' || n, '计数上限测试', '计数上限测试', '计数上限测试', '清河街道', 'GRID_WORKER', g.id, t.id, t.path,
                  '%s', '测试', 'NORMAL', 'REPORTED', timestamptz '2003-06-01 10:00:00+08' + n * interval '1 minute'
                from generate_series(%d, %d) n, unit g, unit t where g.code = 'JZ-QH-T01-V01-G01' and t.code = 'JZ-QH-T01'"""
                .formatted(subject, from, to));
    }
}

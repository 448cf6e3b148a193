package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Concurrently;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's one-statement write ({@link CaseReportWrite}): a retry writes nothing more and draws no number, a
 * report without any key still gets its code and trail, and two client keys of one external id sent at once leave one
 * case, the loser's number rolled back with it (the day's codes stay without gaps).
 */
@QuarkusTest
class CaseReportWriteTest {
    @Inject
    AgroalDataSource db;

    long count(String sql) throws SQLException {
        return Sql.number(db, sql);
    }

    private static JsonPath report(Role role, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), Cases.REPORT, Map.of("i", input)));
    }

    private static long number(JsonPath reported) {
        String code = Gql.data(reported).getString("data.reportCase.case.code");
        assertTrue(code.matches("QH-\\d{8}-\\d{4,}"), code);
        return Long.parseLong(code.substring(12));
    }

    @Test
    void aRetryWritesNoSecondStepAuditRowOrNumber() throws Exception {
        Map<String, Object> input = Cases.report();
        JsonPath first = report(Role.GRID_WORKER, input);
        String id = Gql.data(first).getString("data.reportCase.case.id");
        JsonPath retry = report(Role.GRID_WORKER, input);
        assertEquals(id, Gql.data(retry).getString("data.reportCase.case.id"));
        assertEquals(number(first), number(retry));
        assertEquals(1, count("SELECT count(*) FROM case_event WHERE kind = 'REPORTED' AND case_id = " + id));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_REPORTED' AND entity_id = '" + id + "'"));
        // the retry drew no number: the next report takes the one right after the first's
        assertEquals(number(first) + 1, number(report(Role.GRID_WORKER, Cases.report())));
    }

    @Test
    void aReportWithoutAnyKeyGetsItsCodeStepAndAuditRow() throws Exception {
        Map<String, Object> input = new HashMap<>(Cases.report());
        input.remove("clientKey");
        input.remove("externalId");
        JsonPath reported = report(Role.TOWNSHIP, input);
        String id = Gql.data(reported).getString("data.reportCase.case.id");
        String code = Gql.data(reported).getString("data.reportCase.case.code");
        assertEquals(1, count("SELECT count(*) FROM case_file WHERE id = " + id + " AND code = '" + code
                + "' AND client_key IS NULL AND external_id IS NULL AND status = 'REPORTED' AND version = 0 AND round = 1"));
        assertEquals(1, count("SELECT count(*) FROM case_event WHERE kind = 'REPORTED' AND case_id = " + id));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_REPORTED' AND entity_id = '" + id
                + "' AND after_state->>'code' = '" + code + "'"));
    }

    @Test
    void twoClientKeysOfOneExternalIdSentAtOnceLeaveOneCaseAndNoGapInTheCodes() throws Exception {
        String externalId = "RX-" + UUID.randomUUID().toString().substring(0, 12);
        String token = Keycloak.tokenFor(Role.INTEGRATION);
        List<String> answers = Concurrently.run(4, () -> {
            Map<String, Object> input = new HashMap<>(Cases.report());
            input.put("externalId", externalId);
            JsonPath body = Gql.ok(Gql.post(token, Cases.REPORT, Map.of("i", input)));
            return body.getList("errors") == null ? body.getString("data.reportCase.case.code")
                    : body.getString("errors[0].extensions.code");
        });
        List<String> codes = answers.stream().filter(a -> a.startsWith("QH-")).toList();
        // each key's content differs (its own key): the losers are told their external id is taken, never a 500
        assertEquals(1, codes.size(), answers::toString);
        assertEquals(3, answers.stream().filter("CONFLICT"::equals).count(), answers::toString);
        assertEquals(1, count("SELECT count(*) FROM case_file WHERE external_id = '" + externalId + "'"));
        Map<String, Object> next = new HashMap<>(Cases.report());
        assertEquals(Long.parseLong(codes.get(0).substring(12)) + 1, number(report(Role.INTEGRATION, next)),
                "the losers' numbers were rolled back");
    }
}

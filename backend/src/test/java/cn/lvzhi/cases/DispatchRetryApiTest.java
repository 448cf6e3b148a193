package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Concurrently;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.lvzhi.testing.Cases.call;
import static cn.lvzhi.testing.Cases.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dispatchCase with a client key (派单幂等键): a retry — sent after the first answer or racing it — gets the first
 * request's dispatches and stores nothing more; the same key with a different request is IDEMPOTENCY_KEY_REUSED;
 * a key belongs to its caller.
 */
@QuarkusTest
class DispatchRetryApiTest {
    @Inject
    AgroalDataSource db;

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Object> keyed(String caseId, int version, boolean withCoOperator, String key) {
        Map<String, Object> in = new HashMap<>(Cases.dispatchInput(caseId, version, withCoOperator));
        in.put("clientKey", key);
        return in;
    }

    /** The dispatch ids of an answer, or its error code. */
    private static String answer(JsonPath body) {
        return body.getList("errors") == null ? String.valueOf(body.getList("data.dispatchCase.dispatches.id"))
                : body.getString("errors[0].extensions.code");
    }

    @Test
    void aRetryAfterTheFirstAnswerGetsTheFirstDispatchesAndStoresNothingMore() throws SQLException {
        String id = Cases.accepted();
        int version = Cases.version(id);
        Map<String, Object> in = keyed(id, version, true, "d-" + UUID.randomUUID());
        JsonPath first = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, in));
        List<Object> ids = first.getList("data.dispatchCase.dispatches.id");
        assertEquals(2, ids.size());
        // the retry still carries the version seen before the first dispatch moved the case on
        JsonPath again = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, in));
        assertEquals(ids, again.getList("data.dispatchCase.dispatches.id"));
        assertEquals(first.getInt("data.dispatchCase.case.version"), again.getInt("data.dispatchCase.case.version"));
        assertEquals(2, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + Long.parseLong(id)));
        // without a key the same stale request is what it always was: a conflict
        Map<String, Object> unkeyed = new HashMap<>(in);
        unkeyed.remove("clientKey");
        Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, unkeyed), "CONFLICT");
    }

    @Test
    void oneKeySentAtOnceFromFourClientsMakesOneDispatchAndEachGetsIt() throws Exception {
        String token = Keycloak.tokenFor(Role.COMMAND_CENTRE);
        for (int round = 0; round < 3; round++) {
            String id = Cases.accepted();
            Map<String, Object> in = keyed(id, Cases.version(id), false, "d-" + UUID.randomUUID());
            List<String> answers = Concurrently.run(4, () -> answer(Gql.ok(Gql.post(token, Cases.DISPATCH, Map.of("i", in)))));
            assertEquals(1, answers.stream().distinct().count(), answers::toString);
            assertTrue(answers.get(0).matches("\\[\\d+]"), answers::toString);
            assertEquals(1, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + Long.parseLong(id)));
            assertEquals(1, count("SELECT count(*) FROM case_dispatch_request WHERE client_key = '" + in.get("clientKey") + "'"));
        }
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndTheFirstStands() throws SQLException {
        String id = Cases.accepted();
        String key = "d-" + UUID.randomUUID();
        Map<String, Object> in = keyed(id, Cases.version(id), false, key);
        List<Object> ids = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, in)).getList("data.dispatchCase.dispatches.id");
        // other instructions for the same case
        Map<String, Object> otherText = new HashMap<>(in);
        otherText.put("instructions", "另一份派单要求");
        Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, otherText), "IDEMPOTENCY_KEY_REUSED");
        // another case altogether
        String other = Cases.accepted();
        Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, keyed(other, Cases.version(other), false, key)), "IDEMPOTENCY_KEY_REUSED");
        assertEquals(0, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + Long.parseLong(other)));
        assertEquals(1, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + Long.parseLong(id)));
        // and the first request is still answered as before
        assertEquals(ids, Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, in)).getList("data.dispatchCase.dispatches.id"));
    }

    @Test
    void anotherCallersSameKeyIsAnotherRequest() throws SQLException {
        Cases.Dispatched d = Cases.dispatched(false);
        String key = "d-" + UUID.randomUUID();
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        // the command centre dispatches another case with the key, then the bureau passes its hop on with the same key
        String id = Cases.accepted();
        List<Object> centre = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, keyed(id, Cases.version(id), false, key)))
                .getList("data.dispatchCase.dispatches.id");
        Map<String, Object> onward = new HashMap<>(Map.of("caseId", d.caseId(), "caseVersion", Cases.version(d.caseId()),
                "parentDispatchId", d.leadId(), "targets", List.of(Map.of("unitId", unitId("JZ-QH-D10-K07"), "role", "LEAD")),
                "clientKey", key));
        JsonPath passed = Gql.data(call(Role.DEPARTMENT, Cases.DISPATCH, onward));
        assertEquals(List.of("JZ-QH-D10-K07"), passed.getList("data.dispatchCase.dispatches.toUnit.code"));
        assertNotEquals(centre, passed.getList("data.dispatchCase.dispatches.id"));
        assertEquals(2, count("SELECT count(*) FROM case_dispatch_request WHERE client_key = '" + key + "'"));
        // the bureau's retry gets its own first answer
        assertEquals(passed.getList("data.dispatchCase.dispatches.id"),
                Gql.data(call(Role.DEPARTMENT, Cases.DISPATCH, onward)).getList("data.dispatchCase.dispatches.id"));
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Concurrently;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Cases.call;
import static cn.lvzhi.testing.Cases.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The “一件事” chain end to end through the API with real tokens, and the rules that must hold along it. */
@QuarkusTest
class CaseFlowApiTest {
    @Inject
    AgroalDataSource db;

    @Inject
    OverdueJob overdueJob;

    static JsonPath caseAs(Role role, String id) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), Cases.CASE, Map.of("id", id)));
    }

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void gridWorkerReportsAndTheChainRunsToAnUnsatisfiedRatingTheDisciplineOfficeSees() throws SQLException {
        JsonPath reported = Gql.data(call(Role.GRID_WORKER, Cases.REPORT, Cases.report()));
        String id = reported.getString("data.reportCase.case.id");
        assertEquals("REPORTED", reported.getString("data.reportCase.case.status"));
        assertEquals("GRID_WORKER", reported.getString("data.reportCase.case.source"));
        assertEquals("JZ-QH-T01", reported.getString("data.reportCase.case.areaUnit.code"), "the grid's township");
        assertTrue(reported.getString("data.reportCase.case.code").matches("QH-\\d{8}-\\d{4}"));

        // the township command room accepts it (its township), the district centre dispatches
        Gql.data(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "zhihuishi"), Cases.ACCEPT, Map.of("i", Map.of("caseId", id)))));
        JsonPath dispatched = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(id, Cases.version(id), true)));
        assertEquals("DISPATCHED", dispatched.getString("data.dispatchCase.case.status"));
        String lead = dispatched.getString("data.dispatchCase.dispatches.find { it.role == 'LEAD' }.id");
        String co = dispatched.getString("data.dispatchCase.dispatches.find { it.role == 'CO_OPERATE' }.id");

        assertEquals("IN_PROGRESS", Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", lead)))
                .getString("data.signDispatch.case.status"));
        JsonPath urbanSign = Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.SIGN, Map.of("i", Map.of("dispatchId", co))));
        Gql.data(urbanSign);
        // the handler may not rate, and nobody rates before a reply
        Gql.data(call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", lead, "text", "已现场监测并立案查处", "attachments", List.of(Cases.photo(Role.DEPARTMENT)))));
        String refusal = Gql.error(call(Role.DEPARTMENT, Cases.RATE, Map.of("dispatchId", lead, "level", "SATISFIED")), "FORBIDDEN");
        assertTrue(refusal.contains("谁派单、谁评价"), refusal);
        Gql.error(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", co, "level", "SATISFIED")), "CONFLICT");
        JsonPath urbanReply = Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.REPLY,
                Map.of("i", Map.of("dispatchId", co, "text", "已配合巡查取证"))));
        assertEquals("COMPLETED", Gql.data(urbanReply).getString("data.replyDispatch.case.status"));

        // an unsatisfied rating needs a comment
        assertEquals("input.comment", Gql.ok(Gql.post(Keycloak.tokenFor(Role.COMMAND_CENTRE), Cases.RATE,
                Map.of("i", Map.of("dispatchId", lead, "level", "UNSATISFIED")))).getString("errors[0].extensions.field"));
        Gql.error(caseAs(Role.DISCIPLINE, id), "NOT_FOUND");
        Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", lead, "level", "UNSATISFIED", "comment", "次日仍有施工")));
        String twice = Gql.error(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", lead, "level", "SATISFIED")), "CONFLICT");
        assertTrue(twice.contains("已评价"), twice);

        // 纪委 now sees the whole trail
        JsonPath trail = Gql.data(caseAs(Role.DISCIPLINE, id));
        assertEquals(List.of("UNSATISFIED"), trail.getList("data.case.ratings.level"));
        assertEquals(2, trail.getList("data.case.dispatches").size());
        assertTrue(trail.getList("data.case.timeline.kind").containsAll(List.of("REPORTED", "ACCEPTED", "DISPATCHED", "SIGNED", "REPLIED",
                "COMPLETED", "RATED")));
        // 城市管理局's reply is unrated yet: the case closes once it is rated (or with a reason for it)
        assertEquals(HopSettlement.REASONS, call(Role.COMMAND_CENTRE, Cases.CLOSE, Map.of("caseId", id)).getString("errors[0].extensions.field"));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", co, "level", "SATISFIED")));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.CLOSE, Map.of("caseId", id)));
        assertEquals("CLOSED", Gql.data(caseAs(Role.LEADER, id)).getString("data.case.status"));
        assertTrue(count("SELECT count(*) FROM audit_event WHERE action LIKE 'CASE%' AND entity_id = '" + id + "'") >= 4);
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'DISPATCH_RATED'"
                + " AND entity_id IN (SELECT id::text FROM case_rating WHERE dispatch_id = " + Long.parseLong(lead) + ")"));
    }

    @Test
    void theDemoDistrictHasCaseHistoryInEveryState() {
        for (String status : List.of("REPORTED", "ACCEPTED", "DISPATCHED", "IN_PROGRESS", "COMPLETED", "CLOSED", "DISPUTED", "CANCELLED")) {
            int n = Gql.data(Gql.as(Role.LEADER, "query($s: [CaseStatus!]) { cases(filter: {statuses: $s}, first: 1) { totalCount } }",
                    Map.of("s", List.of(status)))).getInt("data.cases.totalCount");
            assertTrue(n > 0, status + ": " + n);
        }
        JsonPath unsatisfied = Gql.data(Gql.as(Role.DISCIPLINE,
                "{ cases(first: 1) { totalCount edges { node { ratings { level originalLevel } timeline { kind } } } } }"));
        assertTrue(unsatisfied.getInt("data.cases.totalCount") > 0);
        // ever 不满意: rated so, or revised to or from it on appeal
        List<Object> levels = new ArrayList<>(unsatisfied.getList("data.cases.edges[0].node.ratings.level"));
        levels.addAll(unsatisfied.getList("data.cases.edges[0].node.ratings.originalLevel"));
        assertTrue(levels.contains("UNSATISFIED"), levels::toString);
    }

    @Test
    void theSameClientKeyOrExternalIdNeverMakesASecondCase() {
        Map<String, Object> input = Cases.report();
        String first = Gql.data(call(Role.GRID_WORKER, Cases.REPORT, input)).getString("data.reportCase.case.id");
        assertEquals(first, Gql.data(call(Role.GRID_WORKER, Cases.REPORT, input)).getString("data.reportCase.case.id"));

        Map<String, Object> hotline = new HashMap<>(Cases.report());
        hotline.remove("clientKey");
        JsonPath a = Gql.data(call(Role.INTEGRATION, Cases.REPORT, hotline));
        assertEquals("HOTLINE_12345", a.getString("data.reportCase.case.source"));
        assertEquals(a.getString("data.reportCase.case.id"),
                Gql.data(call(Role.INTEGRATION, Cases.REPORT, hotline)).getString("data.reportCase.case.id"));
        // the hotline sees what it submitted, and only that
        Gql.data(caseAs(Role.INTEGRATION, a.getString("data.reportCase.case.id")));
        Gql.error(caseAs(Role.INTEGRATION, first), "NOT_FOUND");
    }

    @Test
    void outsidersGetNotFoundAndListsLeaveTheCaseOut() {
        Cases.Dispatched d = Cases.dispatched(false);
        String query = "query($k: String) { cases(first: 50, filter: {keyword: $k}) { totalCount edges { node { id } } } }";
        String code = Gql.data(caseAs(Role.LEADER, d.caseId())).getString("data.case.code");
        for (Role outsider : List.of(Role.COMMITTEE, Role.DISCIPLINE, Role.ORGANISATION, Role.INTEGRATION)) {
            Gql.error(caseAs(outsider, d.caseId()), "NOT_FOUND");
            assertEquals(0, Gql.data(Gql.as(outsider, query, Map.of("k", code))).getInt("data.cases.totalCount"), outsider.name());
        }
        // 城市管理局 is no party to this one; the township room of another township neither
        Gql.error(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.CASE, Map.of("id", d.caseId()))), "NOT_FOUND");
        for (Role insider : List.of(Role.ESTABLISHMENT_OFFICE, Role.COMMAND_CENTRE, Role.DEPARTMENT, Role.TOWNSHIP, Role.GRID_WORKER, Role.LEADER)) {
            assertEquals(1, Gql.data(Gql.as(insider, query, Map.of("k", code))).getInt("data.cases.totalCount"), insider.name());
        }
        // the township sees the case its grid reported, but not the dispatch tree it is no party to
        assertEquals(0, Gql.data(caseAs(Role.TOWNSHIP, d.caseId())).getList("data.case.dispatches").size());
    }

    @Test
    void departmentPassesADispatchOnToItsOfficeAndSeesEverythingBelow() {
        Cases.Dispatched d = Cases.dispatched(true);
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        Map<String, Object> onward = new HashMap<>(Map.of("caseId", d.caseId(), "caseVersion", Cases.version(d.caseId()),
                "parentDispatchId", d.leadId(), "targets", List.of(Map.of("unitId", unitId("JZ-QH-D10-K07"), "role", "LEAD"))));
        JsonPath passed = Gql.data(call(Role.DEPARTMENT, Cases.DISPATCH, onward));
        assertEquals(List.of("JZ-QH-D10-K07"), passed.getList("data.dispatchCase.dispatches.toUnit.code"));
        JsonPath seen = Gql.data(caseAs(Role.DEPARTMENT, d.caseId()));
        assertEquals(2, seen.getList("data.case.dispatches").size(), "its own dispatch and the one below, not the co-operator's");
        // 城市管理局 may not pass on what it has not signed for
        Map<String, Object> early = new HashMap<>(Map.of("caseId", d.caseId(), "caseVersion", Cases.version(d.caseId()),
                "parentDispatchId", d.coId(), "targets", List.of(Map.of("unitId", unitId("JZ-QH-D11-K07"), "role", "LEAD"))));
        Gql.error(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.DISPATCH, Map.of("i", early))), "CONFLICT");
    }

    @Test
    void whenEveryCandidateRefusesTheCaseIsDisputedAndCanBeRerouted() {
        Cases.Dispatched d = Cases.dispatched(true);
        JsonPath first = Gql.data(call(Role.DEPARTMENT, Cases.REFUSE, Map.of("dispatchId", d.leadId(), "reason", "不属于本局职责")));
        assertEquals("DISPATCHED", first.getString("data.refuseDispatch.case.status"));
        Gql.error(call(Role.DEPARTMENT, Cases.REFUSE, Map.of("dispatchId", d.leadId(), "reason", "再退")), "CONFLICT");
        JsonPath second = Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.REFUSE,
                Map.of("i", Map.of("dispatchId", d.coId(), "reason", "应由生态环境局牵头"))));
        assertEquals("DISPUTED", Gql.data(second).getString("data.refuseDispatch.case.status"));
        JsonPath trail = Gql.data(Gql.as(Role.COMMAND_CENTRE, "query($id: ID!) { case(id: $id) { dispatches { refusalReason } } }",
                Map.of("id", d.caseId())));
        assertEquals(List.of("不属于本局职责", "应由生态环境局牵头"), trail.getList("data.case.dispatches.refusalReason"));
        // re-routed: a new lead may be named now that the old one refused
        JsonPath rerouted = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(d.caseId(), Cases.version(d.caseId()), false)));
        assertEquals("DISPATCHED", rerouted.getString("data.dispatchCase.case.status"));
    }

    @Test
    void anIllegalTransitionIsAConflictNamingTheCurrentState() {
        String id = Cases.reported();
        String message = Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(Role.COMMAND_CENTRE),
                "mutation($i: CloseCaseInput!) { closeCase(input: $i) { case { status } } }", Map.of("i", Map.of("caseId", id)))), "CONFLICT");
        assertTrue(message.contains("已上报"), message);
        String stale = Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(Cases.accepted(), 0, false)), "CONFLICT");
        assertTrue(stale.contains("版本"), stale);
    }

    @Test
    void twentyParallelRatingsLeaveExactlyOneAndEachRetryOfItGetsIt() throws Exception {
        String dispatch = Cases.repliedLead();
        String token = Keycloak.tokenFor(Role.COMMAND_CENTRE);
        // ten send one rating, ten another: one wins; a request with the winner's content is its retry
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        List<String> answers = Concurrently.run(20, () -> {
            Map<String, Object> in = n.getAndIncrement() % 2 == 0 ? Map.of("dispatchId", dispatch, "level", "SATISFIED")
                    : Map.of("dispatchId", dispatch, "level", "UNSATISFIED", "comment", "未按期回复");
            JsonPath body = Gql.ok(Gql.post(token, Cases.RATE, Map.of("i", in)));
            return body.getList("errors") == null
                    ? body.getString("data.rateDispatch.rating.level") + " " + body.getString("data.rateDispatch.rating.id")
                    : body.getString("errors[0].extensions.code");
        });
        List<String> ok = answers.stream().filter(x -> !x.equals("CONFLICT")).distinct().toList();
        assertEquals(1, ok.size(), answers::toString);
        assertEquals(10, answers.stream().filter(ok.get(0)::equals).count(), answers::toString);
        assertEquals(10, answers.stream().filter("CONFLICT"::equals).count(), answers::toString);
        assertEquals(1, count("SELECT count(*) FROM case_rating WHERE dispatch_id = " + Long.parseLong(dispatch)));
        assertEquals(ok.get(0).split(" ")[1], String.valueOf(count("SELECT id FROM case_rating WHERE dispatch_id = "
                + Long.parseLong(dispatch))));
    }

    @Test
    void aRatingWritesItsStepNoticeAuditAndVersionsAndNoRefusalLeavesATransactionOpen() throws Exception {
        String dispatch = Cases.repliedLead();
        long d = Long.parseLong(dispatch);
        long caseId = count("SELECT case_id FROM case_dispatch WHERE id = " + d);
        long caseVersion = count("SELECT version FROM case_file WHERE id = " + caseId);
        long dispatchVersion = count("SELECT version FROM case_dispatch WHERE id = " + d);
        // more refusals than the pool has connections: each ends its transaction and gives its connection back
        for (int i = 0; i < 25; i++) {
            Gql.error(call(Role.DEPARTMENT, Cases.RATE, Map.of("dispatchId", dispatch, "level", "SATISFIED")), "FORBIDDEN");
            Gql.error(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", "999999999", "level", "SATISFIED")), "NOT_FOUND");
        }
        Gql.error(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", Cases.signedLead(), "level", "SATISFIED")), "CONFLICT");
        assertEquals(0, count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state LIKE 'idle in transaction%'"), "no transaction left open");
        assertEquals(0, count("SELECT count(*) FROM case_rating WHERE dispatch_id = " + d));

        JsonPath rated = Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", dispatch, "level", "UNSATISFIED",
                "comment", "现场仍有积水")));
        long rating = Long.parseLong(rated.getString("data.rateDispatch.rating.id"));
        assertEquals(1, count("SELECT count(*) FROM case_rating WHERE id = " + rating + " AND dispatch_id = " + d
                + " AND level = 'UNSATISFIED' AND original_level = 'UNSATISFIED' AND comment = '现场仍有积水' AND version = 0"
                + " AND rated_unit_id = " + unitId("JZ-QH-D10") + " AND rater_unit_id = (SELECT from_unit_id FROM case_dispatch WHERE id = " + d + ")"));
        assertEquals(caseVersion + 1, count("SELECT version FROM case_file WHERE id = " + caseId + " AND has_unsatisfied"));
        assertEquals(dispatchVersion + 1, count("SELECT version FROM case_dispatch WHERE id = " + d + " AND status = 'RATED'"));
        assertEquals(1, count("SELECT count(*) FROM case_event WHERE case_id = " + caseId + " AND dispatch_id = " + d
                + " AND kind = 'RATED' AND note = '不满意：现场仍有积水'"));
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN case_file c ON c.id = n.subject_id WHERE n.subject_id = " + caseId
                + " AND n.subject_type = 'Case' AND n.kind = 'CASE_RATED' AND n.recipient_unit_id = " + unitId("JZ-QH-D10")
                + " AND n.link = '/cases/" + caseId + "' AND n.title = '收到评价：' || c.code || ' ' || c.title || '（不满意：现场仍有积水）'"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'DISPATCH_RATED' AND entity_type = 'Rating'"
                + " AND entity_id = '" + rating + "' AND before_state->>'status' = 'REPLIED'"
                + " AND after_state = to_jsonb(text 'UNSATISFIED 现场仍有积水')"));
        // its retry answers with it and writes nothing more
        assertEquals(String.valueOf(rating), Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", dispatch,
                "level", "UNSATISFIED", "comment", "现场仍有积水"))).getString("data.rateDispatch.rating.id"));
        assertEquals(1, count("SELECT count(*) FROM case_event WHERE dispatch_id = " + d + " AND kind = 'RATED'"));
        assertEquals(caseVersion + 1, count("SELECT version FROM case_file WHERE id = " + caseId));
    }

    @Test
    void aDispatchWritesItsHopStepsNoticesRequestAndAuditInOrderAndNoRefusalLeavesATransactionOpen() throws Exception {
        String caseId = Cases.accepted();
        long id = Long.parseLong(caseId);
        int version = Cases.version(caseId);
        Map<String, Object> input = new HashMap<>(Cases.dispatchInput(caseId, version, true));
        // refused on every ground, more often than the pool has connections: nothing written, nothing left open
        for (int i = 0; i < 7; i++) {
            Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(caseId, version + 1, true)), "CONFLICT");
            Gql.error(call(Role.DEPARTMENT, Cases.DISPATCH, input), "NOT_FOUND");
            Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Map.of("caseId", "999999999", "caseVersion", 0,
                    "targets", List.of(Map.of("unitId", unitId("JZ-QH-D10"), "role", "LEAD")))), "NOT_FOUND");
            Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Map.of("caseId", caseId, "caseVersion", version,
                    "targets", List.of(Map.of("unitId", "999999999", "role", "LEAD")))), "VALIDATION");
        }
        assertEquals(0, count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state LIKE 'idle in transaction%'"), "no transaction left open");
        assertEquals(0, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + id));

        input.put("clientKey", "flow-" + caseId);
        JsonPath made = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, input));
        assertEquals(version + 1, made.getInt("data.dispatchCase.case.version"));
        assertEquals("DISPATCHED", made.getString("data.dispatchCase.case.status"));
        long lead = Long.parseLong(made.getString("data.dispatchCase.dispatches.find { it.role == 'LEAD' }.id"));
        long co = Long.parseLong(made.getString("data.dispatchCase.dispatches.find { it.role == 'CO_OPERATE' }.id"));
        assertTrue(lead < co, "made in the order of the targets");
        assertEquals(version + 1, count("SELECT version FROM case_file WHERE id = " + id + " AND status = 'DISPATCHED'"));
        assertEquals(2, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + id + " AND status = 'SENT' AND version = 0"
                + " AND instructions = '请牵头核查处置' AND parent_dispatch_id IS NULL AND reply_attachments = '{}'"
                + " AND from_unit_id = (SELECT id FROM unit WHERE code = 'JZ-QH-ZH') AND handle_deadline > sign_deadline"));
        assertEquals(1, count("SELECT count(*) FROM case_event WHERE dispatch_id = " + lead + " AND kind = 'DISPATCHED' AND note = '清河区生态环境局（牵头）'"));
        assertEquals(1, count("SELECT count(*) FROM case_event WHERE dispatch_id = " + co + " AND kind = 'DISPATCHED' AND note LIKE '%（协同）'"));
        assertTrue(count("SELECT id FROM case_event WHERE dispatch_id = " + lead) < count("SELECT id FROM case_event WHERE dispatch_id = " + co));
        for (String unit : List.of("JZ-QH-D10", "JZ-QH-D11")) {
            assertEquals(1, count("SELECT count(*) FROM notification WHERE subject_id = " + id + " AND kind = 'CASE_DISPATCHED'"
                    + " AND recipient_unit_id = " + unitId(unit) + " AND title LIKE '收到派单：%'"), unit);
        }
        assertEquals(1, count("SELECT count(*) FROM case_dispatch_request WHERE client_key = 'flow-" + caseId + "' AND case_id = " + id
                + " AND dispatch_ids = ARRAY[" + lead + ", " + co + "]::bigint[]"));
        // the audit rows in the order they were written: each dispatch, then the case's move
        assertEquals(lead, count("SELECT cast(entity_id AS bigint) FROM audit_event WHERE action = 'CASE_DISPATCHED' AND entity_id IN ('"
                + lead + "', '" + co + "') ORDER BY seq LIMIT 1"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_STATUS' AND entity_id = '" + caseId + "'"
                + " AND before_state->>'status' = 'ACCEPTED' AND after_state->>'status' = 'DISPATCHED'"
                + " AND seq > (SELECT max(seq) FROM audit_event WHERE action = 'CASE_DISPATCHED' AND entity_id IN ('" + lead + "', '" + co + "'))"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_DISPATCHED' AND entity_id = '" + co + "'"
                + " AND before_state IS NULL AND after_state->>'role' = 'CO_OPERATE' AND after_state->>'status' = 'SENT'"));
        // its retry answers with the same dispatches and writes nothing more
        JsonPath again = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, input));
        assertEquals(made.getList("data.dispatchCase.dispatches.id"), again.getList("data.dispatchCase.dispatches.id"));
        assertEquals(2, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + id));
        assertEquals(version + 1, count("SELECT version FROM case_file WHERE id = " + id));
    }

    @Test
    void oneClientKeySentAtOnceFromFourClientsMakesOneCaseAndEachGetsIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            Map<String, Object> input = Cases.report();
            String token = Keycloak.tokenFor(Role.GRID_WORKER);
            List<String> answers = Concurrently.run(4, () -> {
                JsonPath body = Gql.ok(Gql.post(token, Cases.REPORT, Map.of("i", input)));
                return body.getList("errors") == null ? body.getString("data.reportCase.case.id")
                        : body.getString("errors[0].extensions.code");
            });
            assertEquals(1, answers.stream().distinct().count(), answers::toString);
            assertTrue(answers.get(0).matches("\\d+"), answers::toString);
            assertEquals(1, count("SELECT count(*) FROM case_file WHERE client_key = '" + input.get("clientKey") + "'"));
        }
    }

    @Test
    void reportsSentAtOnceTakeTheDaysNextCodesWithoutGapsEachInItsAuditRow() throws Exception {
        String token = Keycloak.tokenFor(Role.GRID_WORKER);
        List<String> answers = Concurrently.run(8, () -> {
            JsonPath body = Gql.ok(Gql.post(token, Cases.REPORT, Map.of("i", Cases.report())));
            return body.getString("data.reportCase.case.id") + " " + body.getString("data.reportCase.case.code");
        });
        List<Long> numbers = new ArrayList<>();
        for (String answer : answers) {
            String[] idAndCode = answer.split(" ");
            assertTrue(idAndCode[1].matches("QH-\\d{8}-\\d{4}"), answer);
            numbers.add(Long.parseLong(idAndCode[1].substring(12)));
            assertEquals(1, count("SELECT count(*) FROM case_file WHERE id = " + idAndCode[0] + " AND code = '" + idAndCode[1] + "'"), answer);
            assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_REPORTED' AND entity_id = '" + idAndCode[0]
                    + "' AND after_state->>'code' = '" + idAndCode[1] + "'"), answer);
        }
        // drawn one by one, in whatever order the reports reached their last statement: eight numbers in a row
        assertEquals(8, numbers.stream().distinct().count(), answers::toString);
        assertEquals(7, numbers.stream().mapToLong(Long::longValue).max().orElseThrow()
                - numbers.stream().mapToLong(Long::longValue).min().orElseThrow(), answers::toString);
        assertEquals(0, count("SELECT count(*) FROM case_file WHERE code NOT LIKE 'QH-%'"), "no case keeps its pending code");
    }

    @Test
    void twoParallelDispatchesOfOneCaseLeaveExactlyOne() throws Exception {
        String id = Cases.accepted();
        int version = Cases.version(id);
        String token = Keycloak.tokenFor(Role.COMMAND_CENTRE);
        List<String> codes = Concurrently.run(2, () -> {
            JsonPath body = Gql.ok(Gql.post(token, Cases.DISPATCH, Map.of("i", Cases.dispatchInput(id, version, false))));
            return body.getList("errors") == null ? "OK" : body.getString("errors[0].extensions.code");
        });
        assertEquals(List.of("CONFLICT", "OK"), codes.stream().sorted().toList());
        assertEquals(1, count("SELECT count(*) FROM case_dispatch WHERE case_id = " + Long.parseLong(id)));
    }

    @Test
    void theRatedUnitAppealsOnceAndAUnitAboveTheRatingCentreDecides() throws SQLException {
        String rating = Cases.unsatisfiedRating();
        Map<String, Object> appeal = Map.of("ratingId", rating, "reason", "超标施工已依法处罚，复工的是另一工地");
        String notRated = Gql.error(call(Role.COMMAND_CENTRE, Cases.APPEAL, appeal), "FORBIDDEN");
        assertTrue(notRated.contains("被评价单位"), notRated);
        String id = Gql.data(call(Role.DEPARTMENT, Cases.APPEAL, appeal)).getString("data.appealRating.appeal.id");
        String twice = Gql.error(call(Role.DEPARTMENT, Cases.APPEAL, appeal), "CONFLICT");
        assertTrue(twice.contains("只能申诉一次"), twice);
        Map<String, Object> decision = Map.of("appealId", id, "outcome", "REVISED", "revisedLevel", "BASICALLY_SATISFIED",
                "reason", "经核实复工系另一工地，改评为基本满意");
        Gql.error(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "zhihuishi"), Cases.DECIDE, Map.of("i", decision))), "FORBIDDEN");
        // the district centre rated this dispatch itself: the district government above it decides, never the rater
        String rater = Gql.error(call(Role.COMMAND_CENTRE, Cases.DECIDE, decision), "FORBIDDEN");
        assertTrue(rater.contains("评价单位不能处理"), rater);
        String appellant = Gql.error(call(Role.DEPARTMENT, Cases.DECIDE, decision), "FORBIDDEN");
        assertTrue(appellant.contains("申诉单位不能处理"), appellant);
        assertEquals("REVISED", Gql.data(call(Role.LEADER, Cases.DECIDE, decision)).getString("data.decideAppeal.appeal.status"));
        Gql.error(call(Role.LEADER, Cases.DECIDE, decision), "CONFLICT");
        long r = Long.parseLong(rating);
        assertEquals(1, count("SELECT count(*) FROM case_rating WHERE id = " + r + " AND level = 'BASICALLY_SATISFIED' AND original_level = 'UNSATISFIED'"));
        // a revised 不满意 keeps the case, with its history, in 纪委监委's and 组织部's view
        assertEquals(1, count("SELECT count(*) FROM case_file c JOIN case_rating r ON r.case_id = c.id WHERE r.id = " + r + " AND c.has_unsatisfied"));
        String caseId = String.valueOf(count("SELECT case_id FROM case_rating WHERE id = " + r));
        for (Role watcher : List.of(Role.DISCIPLINE, Role.ORGANISATION)) {
            JsonPath seen = Gql.data(Gql.as(watcher, "query($id: ID!) { case(id: $id) { ratings { level originalLevel } appeals { status revisedLevel } } }",
                    Map.of("id", caseId)));
            assertEquals(List.of("BASICALLY_SATISFIED"), seen.getList("data.case.ratings.level"), watcher.name());
            assertEquals(List.of("UNSATISFIED"), seen.getList("data.case.ratings.originalLevel"), watcher.name());
            assertEquals(List.of("REVISED"), seen.getList("data.case.appeals.status"), watcher.name());
        }
    }

    @Test
    void theBoundaryItemSuggestsItsLeadAndCoOperators() {
        Map<String, Object> input = Cases.reportUnder(Cases.itemId("BOUNDARY", "建筑工地噪声污染监管"));
        String id = Gql.data(call(Role.GRID_WORKER, Cases.REPORT, input)).getString("data.reportCase.case.id");
        JsonPath suggested = Gql.data(Gql.as(Role.COMMAND_CENTRE, "query($id: ID!) { suggestedHandlers(caseId: $id) { role unit { code } } }",
                Map.of("id", id)));
        assertEquals("LEAD", suggested.getString("data.suggestedHandlers[0].role"));
        assertTrue(suggested.getString("data.suggestedHandlers[0].unit.code").startsWith("JZ-QH-D10"));
        assertTrue(suggested.getList("data.suggestedHandlers.unit.code").stream().anyMatch(c -> c.toString().startsWith("JZ-QH-D11")));
        // a power item is no case category
        String power = Gql.data(Gql.as(Role.LEADER, "{ listItems(filter: {kind: POWER}, first: 1) { edges { node { id } } } }"))
                .getString("data.listItems.edges[0].node.id");
        input.put("categoryItemId", power);
        input.put("clientKey", "k-" + power + "-" + System.nanoTime());
        assertEquals("input.categoryItemId", call(Role.GRID_WORKER, Cases.REPORT, input).getString("errors[0].extensions.field"));
    }

    @Test
    void theOverdueJobFlagsOpenDispatchesPastTheirClock() throws Throwable {
        Cases.Dispatched d = Cases.dispatched(true);
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        int flagged = VertxContextSupport.subscribeAndAwait(() -> overdueJob.flag(OffsetDateTime.now().plusDays(30)));
        assertTrue(flagged >= 2, "both the unsigned and the signed dispatch: " + flagged);
        assertEquals(0, VertxContextSupport.subscribeAndAwait(() -> overdueJob.flag(OffsetDateTime.now().plusDays(30))), "flagged once");
        JsonPath flaggedCase = Gql.data(Gql.as(Role.COMMAND_CENTRE, "query($id: ID!) { case(id: $id) { dispatches { overdue } timeline { kind } } }",
                Map.of("id", d.caseId())));
        assertEquals(List.of(true, true), flaggedCase.getList("data.case.dispatches.overdue"));
        assertTrue(flaggedCase.getList("data.case.timeline.kind").contains("OVERDUE"));
        assertTrue(Gql.data(Gql.as(Role.COMMAND_CENTRE, "query { overdueDispatches(first: 5) { totalCount } }"))
                .getInt("data.overdueDispatches.totalCount") >= 2);
        // the committee sees the dispatches of the cases that were ever disputed (it decides disputes), no others
        List<String> committee = Gql.data(Gql.as(Role.COMMITTEE, "query { overdueDispatches(first: 200) { edges { node { caseId } } } }"))
                .getList("data.overdueDispatches.edges.node.caseId");
        assertFalse(committee.contains(d.caseId()), "this case was never disputed");
        assertEquals(0, committee.isEmpty() ? 0 : count("SELECT count(*) FROM case_file WHERE NOT ever_disputed AND id IN ("
                + String.join(",", committee) + ")"), "only ever-disputed cases");
        Gql.data(call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", d.coId(), "message", "已超期，请立即签收")));
        assertEquals(List.of("已超期，请立即签收"), Gql.data(caseAs(Role.COMMAND_CENTRE, d.caseId())).getList("data.case.reminders.message"));
    }
}

package cn.lvzhi.cases.escalation;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Jobs;
import cn.lvzhi.testing.Keycloak;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic escalation through the API and the job: the district's rules read and edited by the establishment office
 * and the district command centre (refused, invalid and stale edits included), and the job's 临期提醒, 催办 and 督办
 * on a case of a category with its own rule — once per hop and level even when two replicas run it at once.
 */
@QuarkusTest
class EscalationApiTest {
    static final String SETTINGS = """
            query { escalationSettings { regionName inForceSince
              districtDefault { id inherited warnBeforeHours remindAtDeadline escalateAfterDays }
              categoryRules { id categoryText categoryItemName warnBeforeHours remindAtDeadline escalateAfterDays version } } }""";
    static final String SAVE = """
            mutation($i: SaveEscalationRuleInput!) { saveEscalationRule(input: $i) {
              rule { id inherited categoryText warnBeforeHours remindAtDeadline escalateAfterDays version updatedByName } } }""";
    static final String REMOVE = """
            mutation($i: RemoveEscalationRuleInput!) { removeEscalationRule(input: $i) { removedId } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    EscalationJob job;

    static Map<String, Object> rule(String category, int warn, boolean remind, Integer escalate, Integer version) {
        Map<String, Object> in = new HashMap<>();
        in.put("categoryText", category);
        in.put("warnBeforeHours", warn);
        in.put("remindAtDeadline", remind);
        in.put("escalateAfterDays", escalate);
        in.put("version", version);
        return in;
    }

    static JsonPath as(String token, String document, Map<String, Object> input) {
        return Gql.ok(Gql.post(token, document, Map.of("i", input)));
    }

    void sql(String statement) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    long count(String query) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theEstablishmentOfficeAndTheDistrictCentreEditTheRulesOthersAreRefused() {
        JsonPath settings = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, SETTINGS));
        assertTrue(settings.getString("data.escalationSettings.regionName").contains("清河区"));
        assertTrue(settings.getInt("data.escalationSettings.districtDefault.warnBeforeHours") >= 0);
        Gql.data(Gql.as(Role.LEADER, SETTINGS));
        Gql.data(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "zhihuishi"), SETTINGS, Map.of())));
        for (Role refused : List.of(Role.DEPARTMENT, Role.TOWNSHIP, Role.GRID_WORKER, Role.DISCIPLINE, Role.INTEGRATION)) {
            assertTrue(Gql.error(Gql.as(refused, SETTINGS), "FORBIDDEN").contains("催督办规则"), refused.name());
        }

        String category = "催督办测试" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath saved = Gql.data(Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 8, true, 3, null)));
        String id = saved.getString("data.saveEscalationRule.rule.id");
        assertEquals(0, saved.getInt("data.saveEscalationRule.rule.version"));
        assertEquals(false, saved.getBoolean("data.saveEscalationRule.rule.inherited"));
        assertTrue(Gql.data(Gql.as(Role.COMMAND_CENTRE, SETTINGS)).getList("data.escalationSettings.categoryRules.categoryText").contains(category));

        // a second "new" rule for the same category, and a stale version, are conflicts
        Gql.error(Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 8, true, 3, null)), "CONFLICT");
        JsonPath byCentre = Gql.data(Cases.call(Role.COMMAND_CENTRE, SAVE, rule(category, 0, false, null, 0)));
        assertEquals(1, byCentre.getInt("data.saveEscalationRule.rule.version"));
        assertNull(byCentre.get("data.saveEscalationRule.rule.escalateAfterDays"));
        Gql.error(Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 8, true, 3, 0)), "CONFLICT");

        // invalid settings name their field
        JsonPath tooEarly = Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 241, true, 3, 1));
        Gql.error(tooEarly, "VALIDATION");
        assertTrue(tooEarly.getString("errors[0].extensions.field").endsWith("warnBeforeHours"), tooEarly.prettify());
        JsonPath tooLate = Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 8, true, 31, 1));
        Gql.error(tooLate, "VALIDATION");
        assertTrue(tooLate.getString("errors[0].extensions.field").endsWith("escalateAfterDays"), tooLate.prettify());
        Map<String, Object> both = rule(category, 8, true, 3, 1);
        both.put("categoryItemId", firstItem("COLLABORATION"));
        assertEquals("input.categoryText", Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, both).getString("errors[0].extensions.field"));
        Map<String, Object> powerItem = rule(null, 8, true, 3, null);
        powerItem.put("categoryItemId", firstItem("POWER"));
        assertEquals("input.categoryItemId", Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, powerItem).getString("errors[0].extensions.field"));

        // a township room reads but does not edit; a department does neither
        assertTrue(Gql.error(as(Keycloak.password("lvzhi-cli", "zhihuishi"), SAVE, rule(category, 8, true, 3, 1)), "FORBIDDEN")
                .contains("区综合信息指挥中心"));
        Gql.error(Cases.call(Role.DEPARTMENT, SAVE, rule(category, 8, true, 3, 1)), "FORBIDDEN");
        Gql.error(Cases.call(Role.DEPARTMENT, REMOVE, Map.of("id", id, "version", 1)), "FORBIDDEN");
        Gql.error(Cases.call(Role.ESTABLISHMENT_OFFICE, REMOVE, Map.of("id", id, "version", 0)), "CONFLICT");
        Gql.error(Cases.call(Role.ESTABLISHMENT_OFFICE, REMOVE, Map.of("id", "999999999", "version", 0)), "NOT_FOUND");
        Gql.data(Cases.call(Role.ESTABLISHMENT_OFFICE, REMOVE, Map.of("id", id, "version", 1)));
        assertTrue(!Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, SETTINGS)).getList("data.escalationSettings.categoryRules.categoryText")
                .contains(category));
    }

    static String firstItem(String kind) {
        return Gql.data(Gql.as(Role.LEADER, "query($k: ListKind!) { listItems(filter: {kind: $k}, first: 1) { edges { node { id } } } }",
                Map.of("k", kind))).getString("data.listItems.edges[0].node.id");
    }

    /** A case of its own category, dispatched by the district centre to 生态环境局 (lead) and 城市管理局. */
    static Cases.Dispatched dispatchedUnder(String category) {
        Map<String, Object> report = Cases.report();
        report.put("categoryText", category);
        String id = Gql.data(Cases.call(Role.GRID_WORKER, Cases.REPORT, report)).getString("data.reportCase.case.id");
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", id)));
        JsonPath body = Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(id, Cases.version(id), true)));
        return new Cases.Dispatched(id, body.getInt("data.dispatchCase.case.version"),
                body.getString("data.dispatchCase.dispatches.find { it.role == 'LEAD' }.id"),
                body.getString("data.dispatchCase.dispatches.find { it.role == 'CO_OPERATE' }.id"));
    }

    @Test
    void theJobWarnsUrgesAndEscalatesEachHopOnceEvenFromTwoReplicasAtOnce() throws Exception {
        String category = "催督办测试" + UUID.randomUUID().toString().substring(0, 8);
        Gql.data(Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 24, true, 1, null)));
        Cases.Dispatched d = dispatchedUnder(category);
        // the lead never signed and its sign-for deadline passed a week ago: 催办 and 督办 are due
        sql("UPDATE case_dispatch SET sign_deadline = now() - interval '7 days' WHERE id = " + d.leadId());
        // the co-operating unit signed long ago and its handling deadline is an hour away: the 临期提醒 is due
        Gql.data(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.SIGN, Map.of("i", Map.of("dispatchId", d.coId())))));
        sql("UPDATE case_dispatch SET signed_at = now() - interval '20 days', handle_deadline = now() + interval '1 hour' WHERE id = " + d.coId());
        // a cancelled case past its deadline is left alone
        Cases.Dispatched cancelled = dispatchedUnder(category);
        sql("UPDATE case_dispatch SET sign_deadline = now() - interval '7 days' WHERE case_id = " + cancelled.caseId());
        sql("UPDATE case_file SET status = 'CANCELLED' WHERE id = " + cancelled.caseId());

        OffsetDateTime now = OffsetDateTime.now();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            Callable<Integer> run = () -> Jobs.run(() -> job.escalate(now));
            runs.add(replicas.submit(run));
            runs.add(replicas.submit(run));
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            replicas.shutdown();
        }
        Jobs.run(() -> job.escalate(now));

        assertEquals(3, count("SELECT count(*) FROM case_escalation WHERE case_id = " + d.caseId()), "warned, reminded, escalated");
        assertEquals(1, count("SELECT count(*) FROM case_escalation WHERE dispatch_id = " + d.leadId() + " AND level = 'REMINDED'"));
        assertEquals(1, count("SELECT count(*) FROM case_escalation WHERE dispatch_id = " + d.leadId() + " AND level = 'ESCALATED'"));
        assertEquals(1, count("SELECT count(*) FROM case_escalation WHERE dispatch_id = " + d.coId() + " AND clock = 'HANDLE' AND level = 'WARNED'"));
        assertEquals(0, count("SELECT count(*) FROM case_escalation WHERE case_id = " + cancelled.caseId()), "a cancelled case is ignored");
        assertEquals(3, count("SELECT count(*) FROM case_event WHERE actor_name = '系统' AND case_id = " + d.caseId()));
        assertEquals(3, count("SELECT count(*) FROM audit_event WHERE action IN ('DISPATCH_WARNED','DISPATCH_REMINDED','DISPATCH_ESCALATED')"
                + " AND entity_id IN ('" + d.leadId() + "','" + d.coId() + "')"));

        JsonPath seen = Gql.data(Gql.as(Role.COMMAND_CENTRE, """
                query($id: ID!) { case(id: $id) { timeline { kind actorName note } reminders { message } } }""", Map.of("id", d.caseId())));
        List<Map<String, Object>> timeline = seen.getList("data.case.timeline");
        assertTrue(timeline.stream().anyMatch(s -> "DEADLINE_WARNED".equals(s.get("kind")) && "系统".equals(s.get("actorName"))), timeline::toString);
        assertTrue(timeline.stream().anyMatch(s -> "REMINDED".equals(s.get("kind")) && "系统".equals(s.get("actorName"))
                && String.valueOf(s.get("note")).contains("系统自动催办")), timeline::toString);
        assertTrue(timeline.stream().anyMatch(s -> "ESCALATED".equals(s.get("kind"))
                && String.valueOf(s.get("note")).contains("清河区人民政府")), timeline::toString);
        assertEquals(1, seen.getList("data.case.reminders.message").size(), "the system's 催办 is kept with the reminders");

        // the 督办 reaches the level above the district centre: the district government, where the leaders sit
        List<Map<String, Object>> notes = Gql.data(Gql.as(Role.LEADER,
                "query { notifications(first: 100) { edges { node { kind subjectId link } } } }")).getList("data.notifications.edges.node");
        assertTrue(notes.stream().anyMatch(n -> "CASE_ESCALATED".equals(n.get("kind")) && d.caseId().equals(n.get("subjectId"))), notes::toString);
    }

    @Test
    void aRunThroughMoreOpenHopsThanOneBatchTakesEachDueStepOnce() throws Exception {
        String category = "催督办测试" + UUID.randomUUID().toString().substring(0, 8);
        // the rule urges at the deadline and does nothing else: one step per hop
        Gql.data(Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, rule(category, 0, true, null, null)));
        Cases.Dispatched d = dispatchedUnder(category);
        // 1,200 more unsigned hops of the case (the job reads 500 a batch), all of them past their sign-for deadline
        sql("INSERT INTO case_dispatch (case_id, from_unit_id, from_subject, from_name, to_unit_id, role, round, status,"
                + " sent_at, sign_deadline, handle_deadline, reply_attachments, overdue, version)"
                + " SELECT case_id, from_unit_id, from_subject, from_name, to_unit_id, 'CO_OPERATE', round, 'SENT', sent_at,"
                + " sign_deadline, handle_deadline, '{}', false, 0 FROM case_dispatch, generate_series(1, 1200) WHERE id = " + d.coId());
        sql("UPDATE case_dispatch SET sign_deadline = now() - interval '1 hour' WHERE case_id = " + d.caseId());
        OffsetDateTime now = OffsetDateTime.now();

        int taken = Jobs.run(() -> job.escalate(now));

        assertTrue(taken >= 1202, "steps taken: " + taken);
        assertEquals(1202, count("SELECT count(*) FROM case_escalation WHERE case_id = " + d.caseId()
                + " AND clock = 'SIGN' AND level = 'REMINDED'"), "every hop of the case urged");
        assertEquals(1202, count("SELECT count(DISTINCT dispatch_id) FROM case_escalation WHERE case_id = " + d.caseId()), "each once");
        assertEquals(1202, count("SELECT count(*) FROM case_reminder WHERE by_subject = 'system:escalation' AND case_id = " + d.caseId()));
        assertEquals(1202, count("SELECT count(*) FROM case_event WHERE kind = 'REMINDED' AND actor_name = '系统' AND case_id = " + d.caseId()));
        assertEquals(1202, count("SELECT count(*) FROM audit_event WHERE action = 'DISPATCH_REMINDED' AND entity_id IN"
                + " (SELECT cast(id AS text) FROM case_dispatch WHERE case_id = " + d.caseId() + ")"));
        assertEquals(0, Jobs.run(() -> job.escalate(now)), "a second run at the same moment finds nothing left to take");
    }

    @Test
    void aDatabaseConstraintRefusesASecondStepOfTheSameLevel() throws SQLException {
        Cases.Dispatched d = dispatchedUnder("催督办测试" + UUID.randomUUID().toString().substring(0, 8));
        String insert = "INSERT INTO case_escalation (dispatch_id, case_id, clock, level, deadline, event_id, occurred_at) "
                + "SELECT " + d.leadId() + ", " + d.caseId() + ", 'SIGN', 'REMINDED', now(), max(id), now() FROM case_event WHERE case_id = " + d.caseId();
        sql(insert);
        SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> sql(insert));
        assertTrue(refused.getMessage().contains("escalation_once"), refused.getMessage());
    }
}

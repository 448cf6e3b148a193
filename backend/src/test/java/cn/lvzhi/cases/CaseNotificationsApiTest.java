package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Cases.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case notifications through the API with real tokens: each timeline step reaches the units {@link CaseNoticeRule}
 * names — the receiver of a dispatch, a reminder, a deadline warning, a rating, an appeal's decision; the dispatcher
 * of a reply; both ends of an overdue hop; the parties of a dispute; the case's origin on a reopening — and never the
 * unit that took the step, nor anyone else.
 */
@QuarkusTest
class CaseNotificationsApiTest {
    static final String MINE = """
            query { notifications(first: 100) { unreadCount edges { node { id kind title subjectType subjectId link readAt } } } }""";

    @Inject
    OverdueJob overdueJob;

    @Inject
    CaseTrail trail;

    static String chengguan() {
        return Keycloak.password("lvzhi-cli", "chengguan");
    }

    /** The kinds of the notifications about {@code caseId} that the holder of {@code token} hears, newest first. */
    static List<String> kindsAbout(String token, String caseId) {
        List<Map<String, Object>> nodes = Gql.data(Gql.ok(Gql.post(token, MINE, Map.of()))).getList("data.notifications.edges.node");
        return nodes.stream().filter(n -> caseId.equals(n.get("subjectId"))).map(n -> (String) n.get("kind")).toList();
    }

    static List<String> kindsAbout(Role role, String caseId) {
        return kindsAbout(Keycloak.tokenFor(role), caseId);
    }

    @Test
    void theStepsOfADispatchTellTheUnitsConcernedAndNotTheOneThatTookThem() {
        Cases.Dispatched d = Cases.dispatched(true);
        String caseId = d.caseId();
        // 派单 reaches both receiving units, not the command centre that sent it
        assertEquals(List.of("CASE_DISPATCHED"), kindsAbout(Role.DEPARTMENT, caseId));
        assertEquals(List.of("CASE_DISPATCHED"), kindsAbout(chengguan(), caseId));
        assertEquals(List.of(), kindsAbout(Role.COMMAND_CENTRE, caseId));
        Map<String, Object> node = Gql.data(Gql.as(Role.DEPARTMENT, MINE)).getMap("data.notifications.edges.find { it.node.subjectId == '" + caseId + "' }.node");
        assertEquals("Case", node.get("subjectType"));
        assertEquals("/cases/" + caseId, node.get("link"));
        assertTrue(((String) node.get("title")).startsWith("收到派单："), (String) node.get("title"));

        // 催办 reaches the reminded unit only
        Gql.data(call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", d.leadId(), "message", "请尽快签收")));
        assertEquals(List.of("CASE_REMINDED", "CASE_DISPATCHED"), kindsAbout(Role.DEPARTMENT, caseId));
        assertEquals(List.of("CASE_DISPATCHED"), kindsAbout(chengguan(), caseId));

        // 办结反馈 reaches the dispatcher, to rate; the rating reaches the rated unit; signing tells nobody
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        Gql.data(call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", d.leadId(), "text", "已责令停工")));
        assertEquals(List.of("CASE_REPLIED"), kindsAbout(Role.COMMAND_CENTRE, caseId));
        String rating = Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", d.leadId(), "level", "UNSATISFIED",
                "comment", "仍有施工"))).getString("data.rateDispatch.rating.id");
        assertEquals(List.of("CASE_RATED", "CASE_REMINDED", "CASE_DISPATCHED"), kindsAbout(Role.DEPARTMENT, caseId));

        // the appeal's decision reaches the appellant (the rated unit), not the deciding leader
        String appeal = Gql.data(call(Role.DEPARTMENT, Cases.APPEAL, Map.of("ratingId", rating, "reason", "复工系另一工地")))
                .getString("data.appealRating.appeal.id");
        Gql.data(call(Role.LEADER, Cases.DECIDE, Map.of("appealId", appeal, "outcome", "UPHELD", "reason", "经核实评价属实")));
        assertEquals("CASE_APPEAL_DECIDED", kindsAbout(Role.DEPARTMENT, caseId).get(0));
        assertEquals(List.of(), kindsAbout(Role.LEADER, caseId));
        assertEquals(List.of("CASE_DISPATCHED"), kindsAbout(chengguan(), caseId), "the co-operating unit hears none of the lead's steps");
    }

    @Test
    void aDisputeTellsTheDispatcherAndTheOtherRefusingUnits() {
        Cases.Dispatched d = Cases.dispatched(true);
        Gql.data(Gql.ok(Gql.post(chengguan(), Cases.REFUSE, Map.of("i", Map.of("dispatchId", d.coId(), "reason", "不属于本单位职责")))));
        assertEquals(List.of(), kindsAbout(Role.COMMAND_CENTRE, d.caseId()), "a single refusal is no dispute yet");
        assertEquals("DISPUTED", Gql.data(call(Role.DEPARTMENT, Cases.REFUSE, Map.of("dispatchId", d.leadId(), "reason", "应由城管处理")))
                .getString("data.refuseDispatch.case.status"));
        assertEquals(List.of("CASE_DISPUTED"), kindsAbout(Role.COMMAND_CENTRE, d.caseId()));
        assertEquals(List.of("CASE_DISPUTED", "CASE_DISPATCHED"), kindsAbout(chengguan(), d.caseId()));
        assertEquals(List.of("CASE_DISPATCHED"), kindsAbout(Role.DEPARTMENT, d.caseId()), "the unit whose refusal made the dispute knows");
    }

    @Test
    void anOverdueHopTellsBothEnds() throws Throwable {
        String caseId = Cases.dispatched(false).caseId();
        VertxContextSupport.subscribeAndAwait(() -> overdueJob.flag(OffsetDateTime.now().plusDays(30)));
        assertEquals("CASE_OVERDUE", kindsAbout(Role.DEPARTMENT, caseId).get(0));
        assertEquals(List.of("CASE_OVERDUE"), kindsAbout(Role.COMMAND_CENTRE, caseId));
    }

    /** A step as the escalation and reopening write it: through the trail, by the system. */
    void record(String caseId, String dispatchId, CaseEventKind kind) throws Throwable {
        CaseEvent e = new CaseEvent();
        e.caseId = Long.parseLong(caseId);
        e.dispatchId = dispatchId == null ? null : Long.parseLong(dispatchId);
        e.kind = kind;
        e.actorName = "系统";
        e.note = "测试";
        e.occurredAt = OffsetDateTime.now();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> trail.record(e)));
    }

    @Test
    void aDeadlineWarningReachesTheHandlerAndAReopeningTheOrigin() throws Throwable {
        Cases.Dispatched d = Cases.dispatched(false);
        record(d.caseId(), d.leadId(), CaseEventKind.DEADLINE_WARNED);
        assertEquals(List.of("CASE_DEADLINE_WARNED", "CASE_DISPATCHED"), kindsAbout(Role.DEPARTMENT, d.caseId()));
        assertEquals(List.of(), kindsAbout(Role.COMMAND_CENTRE, d.caseId()));
        record(d.caseId(), null, CaseEventKind.REOPENED);
        assertEquals(List.of("CASE_REOPENED"), kindsAbout(Role.GRID_WORKER, d.caseId()), "the grid the case came from");
        record(d.caseId(), d.leadId(), CaseEventKind.ESCALATED);
        assertEquals(List.of("CASE_DEADLINE_WARNED", "CASE_DISPATCHED"), kindsAbout(Role.DEPARTMENT, d.caseId()),
                "督办 is told by the escalation itself");
    }
}

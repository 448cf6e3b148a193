package cn.lvzhi.investigations;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Concurrently;
import cn.lvzhi.testing.Disputes;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Disputes.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Investigations (责任倒查) through the API with real tokens: only discipline/organisation, only on 不满意. */
@QuarkusTest
class InvestigationApiTest {
    static final String INVESTIGATION = """
            query($id: ID!) { investigation(id: $id) { status conclusion linkedPeople findings { text }
              rating { level } case { code timeline { kind } } } }""";

    @Test
    void theDisciplineOfficeOpensRecordsAndConcludesWhileTheOrganisationDepartmentHelps() {
        String ratingId = Cases.unsatisfiedRating();
        JsonPath unsatisfied = Gql.data(Gql.as(Role.DISCIPLINE, """
                { unsatisfiedRatings(first: 200) { totalCount edges { node { id level case { code timeline { kind } } investigation { id } } } } }"""));
        Map<String, Object> row = unsatisfied.getMap("data.unsatisfiedRatings.edges.find { it.node.id == '" + ratingId + "' }.node");
        assertEquals("UNSATISFIED", row.get("level"));
        assertTrue(((List<?>) ((Map<?, ?>) row.get("case")).get("timeline")).size() > 3, "the full trail comes with it");

        JsonPath opened = Gql.data(call(Role.DISCIPLINE, Disputes.OPEN_INVESTIGATION, Map.of("ratingId", ratingId, "subject", "重复投诉倒查")));
        String id = opened.getString("data.openInvestigation.investigation.id");
        assertEquals("OPEN", opened.getString("data.openInvestigation.investigation.status"));
        assertTrue(Gql.error(call(Role.ORGANISATION, Disputes.OPEN_INVESTIGATION, Map.of("ratingId", ratingId, "subject", "再开")),
                "CONFLICT").contains("已在责任倒查"));

        JsonPath found = Gql.data(call(Role.ORGANISATION, Disputes.RECORD_FINDING, Map.of("investigationId", id, "text", "经调阅记录，现场处置时间不足十分钟")));
        int version = found.getInt("data.recordInvestigationFinding.investigation.version");
        Gql.error(call(Role.DISCIPLINE, Disputes.CONCLUDE, Map.of("investigationId", id, "version", version + 5,
                "conclusion", "REMINDER_TALK", "text", "x")), "CONFLICT");
        JsonPath concluded = Gql.data(call(Role.DISCIPLINE, Disputes.CONCLUDE, Map.of("investigationId", id, "version", version,
                "conclusion", "REMINDER_TALK", "text", "对承办科室负责人进行提醒谈话",
                "linkedUnits", List.of("清河区生态环境局"), "linkedPeople", List.of("王某（执法大队）"))));
        assertEquals("CONCLUDED", concluded.getString("data.concludeInvestigation.investigation.status"));
        Gql.error(call(Role.DISCIPLINE, Disputes.RECORD_FINDING, Map.of("investigationId", id, "text", "补充")), "CONFLICT");

        JsonPath read = Gql.data(Gql.as(Role.ORGANISATION, INVESTIGATION, Map.of("id", id)));
        assertEquals("REMINDER_TALK", read.getString("data.investigation.conclusion"));
        assertEquals(List.of("王某（执法大队）"), read.getList("data.investigation.linkedPeople"));
        assertEquals(List.of("经调阅记录，现场处置时间不足十分钟"), read.getList("data.investigation.findings.text"));
        assertEquals("UNSATISFIED", read.getString("data.investigation.rating.level"));
    }

    @Test
    void othersAreRefusedOrSeeNothing() {
        String ratingId = Cases.unsatisfiedRating();
        String reason = Gql.error(call(Role.COMMAND_CENTRE, Disputes.OPEN_INVESTIGATION, Map.of("ratingId", ratingId, "subject", "x")), "FORBIDDEN");
        assertTrue(reason.contains("纪委监委"), reason);
        String id = Disputes.openInvestigation();
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, INVESTIGATION, Map.of("id", id)), "NOT_FOUND");
        Gql.error(Gql.as(Role.LEADER, INVESTIGATION, Map.of("id", id)), "NOT_FOUND");
        assertEquals(0, Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "{ investigations { totalCount } }")).getInt("data.investigations.totalCount"));
        assertTrue(Gql.data(Gql.as(Role.DISCIPLINE, "{ investigations(first: 200, filter: {statuses: [OPEN]}) { edges { node { id } } } }"))
                .getList("data.investigations.edges.node.id").contains(id));
        JsonPath asCentre = Gql.data(Gql.as(Role.COMMAND_CENTRE, "query($id: ID!) { case(id: $id) { ratings { investigation { id } } } }",
                Map.of("id", caseOf(id))));
        assertEquals(Collections.singletonList(null), asCentre.getList("data.case.ratings.investigation"), "no details for others");
    }

    static String caseOf(String investigationId) {
        return Gql.data(Gql.as(Role.DISCIPLINE, "query($id: ID!) { investigation(id: $id) { caseId } }", Map.of("id", investigationId)))
                .getString("data.investigation.caseId");
    }

    @Test
    void fourSimultaneousOpeningsLeaveOneInvestigationAndThreeConflicts() throws Exception {
        String ratingId = Cases.unsatisfiedRating();
        String token = Keycloak.tokenFor(Role.DISCIPLINE);
        List<String> codes = Concurrently.run(4, () -> {
            JsonPath body = Gql.ok(Gql.post(token, Disputes.OPEN_INVESTIGATION, Map.of("i", Map.of("ratingId", ratingId, "subject", "同时倒查"))));
            return body.getList("errors") == null ? "OK" : body.getString("errors[0].extensions.code");
        });
        assertEquals(List.of("CONFLICT", "CONFLICT", "CONFLICT", "OK"), codes.stream().sorted().toList());
        assertEquals(1, Gql.data(Gql.as(Role.DISCIPLINE, "{ investigations(first: 200) { edges { node { ratingId } } } }"))
                .getList("data.investigations.edges.node.ratingId").stream().filter(ratingId::equals).count());
    }

    @Test
    void aSatisfiedRatingIsNotInvestigated() {
        Cases.Dispatched d = Cases.dispatched(true);
        String chengguan = Keycloak.password("lvzhi-cli", "chengguan");
        Gql.data(Gql.ok(Gql.post(chengguan, Cases.SIGN, Map.of("i", Map.of("dispatchId", d.coId())))));
        Gql.data(Gql.ok(Gql.post(chengguan, Cases.REPLY, Map.of("i", Map.of("dispatchId", d.coId(), "text", "已配合完成")))));
        String satisfied = Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", d.coId(), "level", "SATISFIED")))
                .getString("data.rateDispatch.rating.id");
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        Gql.data(call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", d.leadId(), "text", "已处置")));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", d.leadId(), "level", "UNSATISFIED", "comment", "未处置到位")));
        String reason = Gql.error(call(Role.DISCIPLINE, Disputes.OPEN_INVESTIGATION, Map.of("ratingId", satisfied, "subject", "x")), "CONFLICT");
        assertTrue(reason.contains("不满意") && reason.contains("满意"), reason);
    }
}

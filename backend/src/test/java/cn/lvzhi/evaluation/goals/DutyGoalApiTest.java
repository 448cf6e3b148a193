package cn.lvzhi.evaluation.goals;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationGoals;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Lists;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationGoals.DELETE;
import static cn.lvzhi.testing.EvaluationGoals.GOAL;
import static cn.lvzhi.testing.EvaluationGoals.GOALS;
import static cn.lvzhi.testing.EvaluationGoals.PUBLISH;
import static cn.lvzhi.testing.EvaluationGoals.REVIEW;
import static cn.lvzhi.testing.EvaluationGoals.SUBMIT;
import static cn.lvzhi.testing.EvaluationGoals.SUBMIT_YEAR;
import static cn.lvzhi.testing.EvaluationGoals.UPDATE;
import static cn.lvzhi.testing.EvaluationGoals.as;
import static cn.lvzhi.testing.EvaluationGoals.content;
import static cn.lvzhi.testing.EvaluationGoals.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duty goals (年度履职目标) through GraphQL with real tokens: the unit drafts and submits, 编办 returns one with a comment,
 * the unit edits and resubmits, 编办 accepts and publishes; who sees what before and after; validation; stale versions.
 */
@QuarkusTest
class DutyGoalApiTest {

    static String d10() {
        return Mandates.unitId("JZ-QH-D10");
    }

    static Map<String, Object> filter(int year) {
        return Map.of("f", Map.of("year", year));
    }

    static List<String> titles(JsonPath list) {
        return list.getList("data.dutyGoals.edges.node.title");
    }

    @Test
    void aUnitDraftsSubmitsIsReturnedResubmitsAndTheRegionSeesItsPublishedGoals() {
        int year = EvaluationGoals.freshYear();
        String first = "年度执法检查" + Lists.unique();
        String second = "排污许可证核发" + Lists.unique();
        JsonPath drafted = EvaluationGoals.draft(year, first);
        String a = drafted.getString("data.draftDutyGoal.goal.id");
        assertEquals("DRAFT", drafted.getString("data.draftDutyGoal.goal.status"));
        assertEquals("JZ-QH-D10", drafted.getString("data.draftDutyGoal.goal.unit.code"));
        assertEquals(List.of(1, 3), drafted.getList("data.draftDutyGoal.goal.milestones.quarter"));
        assertEquals(1, drafted.getInt("data.draftDutyGoal.goal.ordinal"));
        String b = EvaluationGoals.draft(year, second).getString("data.draftDutyGoal.goal.id");

        // the drafts are the unit's own: 编办 and leaders see them, another unit and the township do not
        assertEquals(List.of(second, first), titles(Gql.data(as(Role.DEPARTMENT, GOALS, filter(year)))), "newest first");
        assertEquals(2, Gql.data(as(Role.ESTABLISHMENT_OFFICE, GOALS, filter(year))).getInt("data.dutyGoals.totalCount"));
        assertEquals(2, Gql.data(as(Role.LEADER, GOALS, filter(year))).getInt("data.dutyGoals.totalCount"));
        assertEquals(0, Gql.data(as(Role.TOWNSHIP, GOALS, filter(year))).getInt("data.dutyGoals.totalCount"));
        assertEquals(0, Gql.data(as(EvaluationGoals.chengguan(), GOALS, filter(year))).getInt("data.dutyGoals.totalCount"));
        assertEquals(0, Gql.data(as(Role.DISCIPLINE, GOALS, filter(year))).getInt("data.dutyGoals.totalCount"));
        Gql.error(as(Role.TOWNSHIP, GOAL, Map.of("id", a)), "NOT_FOUND");
        Gql.error(as(EvaluationGoals.chengguan(), GOAL, Map.of("id", a)), "NOT_FOUND");
        Gql.error(as(Role.ORGANISATION, GOAL, Map.of("id", a)), "NOT_FOUND");

        JsonPath submitted = Gql.data(as(Role.DEPARTMENT, SUBMIT_YEAR, Map.of("i", Map.of("unitId", d10(), "year", year))));
        assertEquals(List.of("SUBMITTED", "SUBMITTED"), submitted.getList("data.submitDutyGoals.goals.status"));
        Gql.error(as(Role.DEPARTMENT, SUBMIT_YEAR, Map.of("i", Map.of("unitId", d10(), "year", year))), "CONFLICT");

        // 编办 returns one with a comment; the unit reads it, edits and resubmits
        JsonPath returned = Gql.data(as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", b, "version", version(b),
                "decision", "RETURN", "comment", "目标数量偏低，请对照上年完成情况调整"))));
        assertEquals("RETURNED", returned.getString("data.reviewDutyGoal.goal.status"));
        JsonPath seen = Gql.data(as(Role.DEPARTMENT, GOAL, Map.of("id", b)));
        assertEquals("目标数量偏低，请对照上年完成情况调整", seen.getString("data.dutyGoal.reviewComment"));
        assertFalse(seen.getString("data.dutyGoal.reviewedByName").isBlank());
        Map<String, Object> edited = content(second, EvaluationGoals.firstDuty(d10()), year);
        edited.put("targetQuantity", 200);
        JsonPath updated = Gql.data(as(Role.DEPARTMENT, UPDATE, Map.of("i", Map.of("id", b, "version", version(b), "content", edited))));
        assertEquals("RETURNED", updated.getString("data.updateDutyGoal.goal.status"));
        assertEquals(200f, updated.getFloat("data.updateDutyGoal.goal.targetQuantity"));
        Gql.data(as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("id", b, "version", version(b)))));

        // accepted goals no longer change; publishing publishes the accepted ones
        for (String id : List.of(a, b)) {
            Gql.data(as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", id, "version", version(id), "decision", "ACCEPT"))));
        }
        Gql.error(as(Role.DEPARTMENT, UPDATE, Map.of("i", Map.of("id", a, "version", version(a), "content", content(first, null, year)))),
                "CONFLICT");
        JsonPath published = Gql.data(as(Role.ESTABLISHMENT_OFFICE, PUBLISH, Map.of("i", Map.of("year", year))));
        assertEquals(2, published.getInt("data.publishDutyGoals.published"));
        assertEquals(0, published.getInt("data.publishDutyGoals.notYetAccepted"));

        // published: every unit of the region reads them; the committee still sees nothing
        for (String token : List.of(cn.lvzhi.testing.Keycloak.tokenFor(Role.TOWNSHIP), EvaluationGoals.chengguan(),
                cn.lvzhi.testing.Keycloak.tokenFor(Role.DISCIPLINE), cn.lvzhi.testing.Keycloak.tokenFor(Role.ORGANISATION))) {
            JsonPath list = Gql.data(as(token, GOALS, Map.of("f", Map.of("year", year, "status", "PUBLISHED"))));
            assertEquals(List.of(second, first), titles(list));
        }
        assertEquals(0, Gql.data(as(Role.COMMITTEE, GOALS, filter(year))).getInt("data.dutyGoals.totalCount"));
        Gql.error(as(Role.COMMITTEE, GOAL, Map.of("id", a)), "NOT_FOUND");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, PUBLISH, Map.of("i", Map.of("year", year))), "CONFLICT");
    }

    @Test
    void publishingLeavesGoalsNotYetAcceptedWithTheirUnitAndCountsThem() {
        int year = EvaluationGoals.freshYear();
        String accepted = EvaluationGoals.goalIn("ACCEPTED", year);
        String pending = EvaluationGoals.goalIn("SUBMITTED", year);
        EvaluationGoals.chengguanDraft(year);
        JsonPath published = Gql.data(as(Role.ESTABLISHMENT_OFFICE, PUBLISH, Map.of("i", Map.of("year", year))));
        assertEquals(1, published.getInt("data.publishDutyGoals.published"));
        assertEquals(2, published.getInt("data.publishDutyGoals.notYetAccepted"));
        assertEquals("PUBLISHED", Gql.data(as(Role.TOWNSHIP, GOAL, Map.of("id", accepted))).getString("data.dutyGoal.status"));
        Gql.error(as(Role.TOWNSHIP, GOAL, Map.of("id", pending)), "NOT_FOUND");
        String message = Gql.error(as(Role.ESTABLISHMENT_OFFICE, PUBLISH, Map.of("i", Map.of("year", year))), "CONFLICT");
        assertTrue(message.contains("尚有 2 项"), message);
    }

    @Test
    void refusals() {
        int year = EvaluationGoals.freshYear();
        Map<String, Object> forD10 = Map.of("i", Map.of("unitId", d10(), "year", year, "content", content("代拟目标", null, year)));
        assertTrue(Gql.error(as(EvaluationGoals.chengguan(), EvaluationGoals.DRAFT, forD10), "FORBIDDEN").contains("本单位"));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, EvaluationGoals.DRAFT, forD10), "FORBIDDEN");
        Gql.error(as(Role.TOWNSHIP, EvaluationGoals.DRAFT, forD10), "FORBIDDEN");

        String submitted = EvaluationGoals.goalIn("SUBMITTED", year);
        Map<String, Object> accept = Map.of("i", Map.of("id", submitted, "version", version(submitted), "decision", "ACCEPT"));
        assertTrue(Gql.error(as(Role.DEPARTMENT, REVIEW, accept), "FORBIDDEN").contains("编办"));
        Gql.error(as(Role.LEADER, REVIEW, accept), "FORBIDDEN");
        Gql.error(as(Role.TOWNSHIP, REVIEW, accept), "NOT_FOUND");
        Gql.error(as(Role.DEPARTMENT, PUBLISH, Map.of("i", Map.of("year", year))), "FORBIDDEN");

        String chengguan = EvaluationGoals.chengguanDraft(year);
        Gql.error(as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("id", chengguan, "version", 0))), "NOT_FOUND");
        Gql.error(as(Role.DEPARTMENT, DELETE, Map.of("i", Map.of("id", chengguan, "version", 0))), "NOT_FOUND");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, SUBMIT, Map.of("i", Map.of("id", chengguan, "version", 0))), "FORBIDDEN");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", chengguan, "version", 0, "decision", "ACCEPT"))),
                "CONFLICT");
    }

    @Test
    void aStaleVersionIsAConflictAndADraftMayBeDeleted() {
        int year = EvaluationGoals.freshYear();
        String id = EvaluationGoals.goalIn("DRAFT", year);
        Gql.data(as(Role.DEPARTMENT, UPDATE, Map.of("i", Map.of("id", id, "version", 0, "content", content("改过一次", null, year)))));
        String message = Gql.error(as(Role.DEPARTMENT, UPDATE, Map.of("i", Map.of("id", id, "version", 0,
                "content", content("基于旧版本的修改", null, year)))), "CONFLICT");
        assertTrue(message.contains("当前版本 1"), message);
        Gql.error(as(Role.DEPARTMENT, DELETE, Map.of("i", Map.of("id", id, "version", 0))), "CONFLICT");
        assertEquals(id, Gql.data(as(Role.DEPARTMENT, DELETE, Map.of("i", Map.of("id", id, "version", 1))))
                .getString("data.deleteDutyGoal.deletedId"));
        Gql.error(as(Role.LEADER, GOAL, Map.of("id", id)), "NOT_FOUND");
    }

    private static String invalidField(Map<String, Object> content, int year) {
        JsonPath body = as(Role.DEPARTMENT, EvaluationGoals.DRAFT, Map.of("i", Map.of("unitId", d10(), "year", year, "content", content)));
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }

    @Test
    void invalidGoalsAreRefusedNamingTheField() {
        int year = EvaluationGoals.freshYear();
        Map<String, Object> outside = content("节点超出年度", null, year);
        milestone(outside, 1).put("dueOn", (year + 1) + "-01-15");
        assertEquals("input.content.milestones[1].dueOn", invalidField(outside, year));

        Map<String, Object> twice = content("季度重复", null, year);
        milestone(twice, 1).put("quarter", 1);
        assertEquals("input.content.milestones[1].quarter", invalidField(twice, year));

        Map<String, Object> noUnit = content("缺计量单位", null, year);
        noUnit.remove("targetUnit");
        assertEquals("input.content.targetUnit", invalidField(noUnit, year));

        Map<String, Object> qualitative = content("定性目标无内容", null, year);
        qualitative.put("targetKind", "QUALITATIVE");
        assertEquals("input.content.targetText", invalidField(qualitative, year));

        Map<String, Object> aboveTarget = content("节点数量超过目标", null, year);
        milestone(aboveTarget, 1).put("dueQuantity", 500);
        assertEquals("input.content.milestones[1].dueQuantity", invalidField(aboveTarget, year));

        Map<String, Object> noMilestone = content("没有节点", null, year);
        noMilestone.put("milestones", List.of());
        assertTrue(invalidField(noMilestone, year).endsWith("milestones"));

        Map<String, Object> otherDuty = content("他单位职责", EvaluationGoals.firstDuty(Mandates.unitId("JZ-QH-D11")), year);
        assertEquals("input.content.dutyId", invalidField(otherDuty, year));

        Map<String, Object> notAnOffice = content("科室不对", null, year);
        notAnOffice.put("officeId", Mandates.unitId("JZ-QH-D11-K01"));
        assertEquals("input.content.officeId", invalidField(notAnOffice, year));

        JsonPath badYear = as(Role.DEPARTMENT, EvaluationGoals.DRAFT, Map.of("i", Map.of("unitId", d10(), "year", 1999,
                "content", content("年度不对", null, 1999))));
        assertEquals("input.year", badYear.getString("errors[0].extensions.field"));

        String submitted = EvaluationGoals.goalIn("SUBMITTED", year);
        JsonPath noComment = as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", submitted, "version", version(submitted),
                "decision", "RETURN")));
        Gql.error(noComment, "VALIDATION");
        assertEquals("input.comment", noComment.getString("errors[0].extensions.field"));
    }

    @Test
    void theOfficeAndPowerItemMustBeTheUnitsOwn() {
        int year = EvaluationGoals.freshYear();
        Map<String, Object> c = content("含科室和权力事项", EvaluationGoals.firstDuty(d10()), year);
        c.put("officeId", Mandates.unitId("JZ-QH-D10-K01"));
        String item = Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u}, first: 1) { edges { node { id } } } }""",
                Map.of("u", d10()))).getString("data.listItems.edges[0].node.id");
        c.put("powerItemId", item);
        JsonPath ok = Gql.data(as(Role.DEPARTMENT, EvaluationGoals.DRAFT, Map.of("i", Map.of("unitId", d10(), "year", year, "content", c))));
        assertEquals("JZ-QH-D10-K01", ok.getString("data.draftDutyGoal.goal.office.code"));
        assertEquals(item, ok.getString("data.draftDutyGoal.goal.powerItem.id"));
        String otherItem = Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u}, first: 1) { edges { node { id } } } }""",
                Map.of("u", Mandates.unitId("JZ-QH-D11")))).getString("data.listItems.edges[0].node.id");
        c.put("powerItemId", otherItem);
        assertEquals("input.content.powerItemId", invalidField(c, year));
    }

    @Test
    void goalsArePagedAndTheCoverageReportNamesDutiesWithoutGoalsAndGoalsWithoutDuties() {
        int year = EvaluationGoals.freshYear();
        EvaluationGoals.draft(year, "有职责的目标");
        Gql.data(as(Role.DEPARTMENT, EvaluationGoals.DRAFT, Map.of("i", Map.of("unitId", d10(), "year", year,
                "content", content("上级交办任务", null, year)))));
        JsonPath page1 = Gql.data(as(Role.DEPARTMENT, GOALS, Map.of("f", Map.of("year", year), "first", 1)));
        assertTrue(page1.getBoolean("data.dutyGoals.pageInfo.hasNextPage"));
        JsonPath page2 = Gql.data(as(Role.DEPARTMENT, GOALS, Map.of("f", Map.of("year", year), "first", 1,
                "after", page1.getString("data.dutyGoals.pageInfo.endCursor"))));
        assertEquals(List.of("上级交办任务"), titles(page1), "newest first");
        assertEquals(List.of("有职责的目标"), titles(page2));
        assertFalse(page2.getBoolean("data.dutyGoals.pageInfo.hasNextPage"));

        String coverage = """
                query($y: Int!, $u: ID) { goalCoverage(year: $y, unitId: $u) { unit { code } dutyCount coveredDutyCount goalCount
                  uncoveredDuties { id } goalsWithoutDuty { title } } }""";
        Map<String, Object> vars = new HashMap<>();
        vars.put("y", year);
        vars.put("u", d10());
        JsonPath office = Gql.data(as(Role.ESTABLISHMENT_OFFICE, coverage, vars));
        assertEquals("JZ-QH-D10", office.getString("data.goalCoverage[0].unit.code"));
        int duties = office.getInt("data.goalCoverage[0].dutyCount");
        assertEquals(1, office.getInt("data.goalCoverage[0].coveredDutyCount"));
        assertEquals(2, office.getInt("data.goalCoverage[0].goalCount"));
        assertEquals(duties - 1, office.getList("data.goalCoverage[0].uncoveredDuties").size());
        assertFalse(office.getList("data.goalCoverage[0].uncoveredDuties.id").contains(EvaluationGoals.firstDuty(d10())));
        assertEquals(List.of("上级交办任务"), office.getList("data.goalCoverage[0].goalsWithoutDuty.title"));

        JsonPath region = Gql.data(as(Role.LEADER, coverage, Map.of("y", year)));
        assertTrue(region.getList("data.goalCoverage.unit.code").size() > 10, "every department and township of the region");
        JsonPath own = Gql.data(as(Role.DEPARTMENT, coverage, Map.of("y", year)));
        assertEquals(List.of("JZ-QH-D10"), own.getList("data.goalCoverage.unit.code"));
        assertEquals(List.of(), Gql.data(as(EvaluationGoals.chengguan(), coverage, vars)).getList("data.goalCoverage"));
        assertEquals(List.of(), Gql.data(as(Role.COMMITTEE, coverage, vars)).getList("data.goalCoverage"));
    }

    @SuppressWarnings("unchecked") // the content map built by EvaluationGoals.content
    private static Map<String, Object> milestone(Map<String, Object> content, int index) {
        return ((List<Map<String, Object>>) content.get("milestones")).get(index);
    }

    @Test
    void theReturnCommentIsKeptUntilTheNextReview() {
        int year = EvaluationGoals.freshYear();
        String id = EvaluationGoals.goalIn("SUBMITTED", year);
        Gql.data(as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", id, "version", version(id), "decision", "RETURN",
                "comment", "请补充责任科室"))));
        Gql.data(as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("id", id, "version", version(id)))));
        assertEquals("请补充责任科室", Gql.data(as(Role.ESTABLISHMENT_OFFICE, GOAL, Map.of("id", id))).getString("data.dutyGoal.reviewComment"));
        JsonPath accepted = Gql.data(as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", id, "version", version(id),
                "decision", "ACCEPT"))));
        assertNull(accepted.getString("data.reviewDutyGoal.goal.reviewComment"));
    }
}

package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationFixtures;
import cn.lvzhi.testing.EvaluationResults;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkForms;
import cn.lvzhi.testing.FieldworkLedger;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Tracking;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.FieldworkLedger.at;
import static cn.lvzhi.testing.FieldworkLedger.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rectification ledger through GraphQL with real tokens: an item's life OPEN → RECTIFIED → VERIFIED → CLOSED, each
 * refused path (rectify without evidence, verify by the rectifier, close with open actions, stale versions, the wrong
 * person), a failed verification, extensions, overdue and days late, who sees what, and items opened by problems.
 */
@QuarkusTest
class LedgerApiTest {
    private static JsonPath as(Role role, String doc, Map<String, Object> in) {
        return Gql.as(role, doc, Map.of("i", in));
    }

    private static Map<String, Object> ok(Role role, String doc, String mutation, Map<String, Object> in) {
        return item(Gql.data(as(role, doc, in)), mutation);
    }

    private static String refused(Role role, String doc, Map<String, Object> in, String code) {
        return Gql.error(as(role, doc, in), code);
    }

    private static int version(Map<String, Object> item) {
        return ((Number) item.get("version")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> item, String field) {
        return (List<Map<String, Object>>) item.get(field);
    }

    @Test
    void anItemGoesFromOpenToClosed() {
        long round = FieldworkLedger.round("台账流转测试批次");
        Map<String, Object> opened = FieldworkLedger.open(round, "JZ-QH-D10", "执法案卷归档不及时", List.of("补齐案卷归档"));
        assertEquals("OPEN", opened.get("state"));
        assertEquals("JZ-QH-D10", ((Map<?, ?>) opened.get("unit")).get("code"));
        assertEquals("台账流转测试批次", opened.get("roundName"));
        assertEquals(20, opened.get("dueWorkingDays"));
        assertEquals(LedgerCalendar.dueOn(java.time.OffsetDateTime.now(), 20).toString(), opened.get("dueOn"));
        assertEquals(List.of("OPENED", "ACTION_ADDED"), list(opened, "events").stream().map(e -> e.get("kind")).toList());
        Object problemLink = EvaluationResults.query("select ledger_item_id from evaluation_problem where ledger_item_id = ?",
                List.of(Long.parseLong((String) opened.get("id"))));
        assertNotNull(problemLink, "the problem names its ledger item");

        Map<String, Object> added = ok(Role.DEPARTMENT, FieldworkLedger.ADD_ACTION, "addLedgerAction",
                at(opened, "description", "建立归档提醒制度"));
        List<Map<String, Object>> actions = list(added, "actions");
        assertEquals(2, actions.size());
        Map<String, Object> current = added;
        for (Map<String, Object> action : actions) {
            current = ok(Role.DEPARTMENT, FieldworkLedger.SET_DONE, "setLedgerActionDone",
                    at(current, "actionId", action.get("id"), "done", true));
        }
        Map<String, Object> rectified = ok(Role.DEPARTMENT, FieldworkLedger.RECTIFY, "rectifyLedgerItem",
                at(current, "evidence", "已补齐 2025 年全部案卷并建立提醒制度"));
        assertEquals("RECTIFIED", rectified.get("state"));
        assertEquals(0, rectified.get("daysLate"));
        assertEquals(false, rectified.get("overdue"));

        Map<String, Object> verified = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.VERIFY, "verifyLedgerItem",
                at(rectified, "rating", "EFFECTIVE", "note", "抽查 10 卷均已归档"));
        assertEquals("VERIFIED", verified.get("state"));
        assertEquals("EFFECTIVE", verified.get("rating"));
        Map<String, Object> closed = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.CLOSE, "closeLedgerItem", at(verified));
        assertEquals("CLOSED", closed.get("state"));
        assertEquals(List.of("OPENED", "ACTION_ADDED", "ACTION_ADDED", "ACTION_DONE", "ACTION_DONE", "RECTIFIED", "VERIFIED", "CLOSED"),
                list(closed, "events").stream().map(e -> e.get("kind")).toList());
        // nothing moves a closed item
        refused(Role.DEPARTMENT, FieldworkLedger.ADD_ACTION, at(closed, "description", "再加一项"), "CONFLICT");
        refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.CLOSE, at(closed), "CONFLICT");
    }

    @Test
    void refusedTransitions() {
        long round = FieldworkLedger.round("台账拒绝测试批次");
        Map<String, Object> opened = FieldworkLedger.open(round, "JZ-QH-D10", "行政检查未覆盖", List.of("制定检查计划"));
        // rectifying needs evidence
        JsonPath blank = as(Role.DEPARTMENT, FieldworkLedger.RECTIFY, at(opened, "evidence", "  "));
        Gql.error(blank, "VALIDATION");
        assertEquals("input.evidence", blank.getString("errors[0].extensions.field"));
        // only the unit or 编办 rectifies; leaders read; another unit and others do not see it
        assertTrue(refused(Role.LEADER, FieldworkLedger.RECTIFY, at(opened, "evidence", "已整改"), "FORBIDDEN")
                .contains("只有责任单位或本辖区编办可以整改"));
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), FieldworkLedger.RECTIFY,
                Map.of("i", at(opened, "evidence", "已整改"))), "NOT_FOUND");
        refused(Role.DISCIPLINE, FieldworkLedger.RECTIFY, at(opened, "evidence", "已整改"), "NOT_FOUND");
        // a unit does not open items, verify or close
        refused(Role.DEPARTMENT, FieldworkLedger.OPEN, FieldworkLedger.openInput(round, "JZ-QH-D10", "自行登记", List.of()), "FORBIDDEN");
        // verifying or closing an open item is a conflict
        refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.VERIFY, at(opened, "rating", "EFFECTIVE"), "CONFLICT");
        refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.CLOSE, at(opened), "CONFLICT");

        // 编办 rectifies on the unit's behalf: the same person may not verify it
        Map<String, Object> byOffice = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.RECTIFY, "rectifyLedgerItem",
                at(opened, "evidence", "编办代为登记整改情况"));
        // a stale version is a conflict
        refused(Role.DEPARTMENT, FieldworkLedger.SET_DONE, at(opened, "actionId", list(opened, "actions").get(0).get("id"),
                "done", true), "CONFLICT");
        assertTrue(refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.VERIFY, at(byOffice, "rating", "EFFECTIVE"), "FORBIDDEN")
                .contains("核验须由整改人以外的人员进行"));
        refused(Role.DEPARTMENT, FieldworkLedger.VERIFY, at(byOffice, "rating", "EFFECTIVE"), "FORBIDDEN");
        refused(Role.LEADER, FieldworkLedger.VERIFY, at(byOffice, "rating", "EFFECTIVE"), "FORBIDDEN");

        // once rectified by the unit, 编办 verifies; closing with an action open is refused
        Map<String, Object> second = FieldworkLedger.open(round, "JZ-QH-D10", "座谈反映窗口推诿", List.of("开展窗口作风整顿"));
        Map<String, Object> rectified = ok(Role.DEPARTMENT, FieldworkLedger.RECTIFY, "rectifyLedgerItem",
                at(second, "evidence", "已开展作风整顿"));
        Map<String, Object> verified = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.VERIFY, "verifyLedgerItem",
                at(rectified, "rating", "MOSTLY"));
        assertTrue(refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.CLOSE, at(verified), "CONFLICT").contains("尚有未完成的整改措施"));
        refused(Role.DEPARTMENT, FieldworkLedger.CLOSE, at(verified), "FORBIDDEN");
        Map<String, Object> done = ok(Role.DEPARTMENT, FieldworkLedger.SET_DONE, "setLedgerActionDone",
                at(verified, "actionId", list(verified, "actions").get(0).get("id"), "done", true));
        assertEquals("CLOSED", ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.CLOSE, "closeLedgerItem", at(done)).get("state"));
    }

    @Test
    void aFailedVerificationReturnsTheItemToOpen() {
        Map<String, Object> opened = FieldworkLedger.open(FieldworkLedger.round("台账核验无效批次"), "JZ-QH-D10", "函调答复超期", List.of());
        Map<String, Object> rectified = ok(Role.DEPARTMENT, FieldworkLedger.RECTIFY, "rectifyLedgerItem",
                at(opened, "evidence", "已答复"));
        Map<String, Object> failed = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.VERIFY, "verifyLedgerItem",
                at(rectified, "rating", "INEFFECTIVE", "note", "答复内容未回应问题"));
        assertEquals("OPEN", failed.get("state"));
        assertEquals(1, failed.get("failedVerifications"));
        assertNull(failed.get("daysLate"));
        assertEquals("VERIFICATION_FAILED", list(failed, "events").get(2).get("kind"));
        assertEquals("INEFFECTIVE", list(failed, "events").get(2).get("rating"));
        Map<String, Object> again = ok(Role.DEPARTMENT, FieldworkLedger.RECTIFY, "rectifyLedgerItem",
                at(failed, "evidence", "重新逐项答复"));
        assertEquals("RECTIFIED", again.get("state"));
        assertEquals(List.of("OPENED", "RECTIFIED", "VERIFICATION_FAILED", "RECTIFIED"),
                list(again, "events").stream().map(e -> e.get("kind")).toList());
    }

    @Test
    void extensionsAreAskedByTheUnitAndDecidedByTheOffice() {
        Map<String, Object> opened = FieldworkLedger.open(FieldworkLedger.round("台账延期批次"), "JZ-QH-D10", "问卷满意度偏低", List.of());
        LocalDate due = LocalDate.parse((String) opened.get("dueOn"));
        JsonPath earlier = as(Role.DEPARTMENT, FieldworkLedger.REQUEST, at(opened, "reason", "需要时间", "newDueOn", due.toString()));
        Gql.error(earlier, "VALIDATION");
        assertEquals("input.newDueOn", earlier.getString("errors[0].extensions.field"));
        refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.REQUEST, at(opened, "reason", "编办代申请", "newDueOn",
                due.plusDays(10).toString()), "FORBIDDEN");
        Map<String, Object> asked = ok(Role.DEPARTMENT, FieldworkLedger.REQUEST, "requestLedgerExtension",
                at(opened, "reason", "需配合上级专项检查", "newDueOn", due.plusDays(10).toString()));
        Map<String, Object> extension = list(asked, "extensions").get(0);
        assertEquals("PENDING", extension.get("status"));
        refused(Role.DEPARTMENT, FieldworkLedger.REQUEST, at(asked, "reason", "再申请", "newDueOn", due.plusDays(20).toString()),
                "CONFLICT");
        Map<String, Object> decide = new HashMap<>(Map.of("extensionId", extension.get("id"), "version", asked.get("version"),
                "approve", true));
        refused(Role.DEPARTMENT, FieldworkLedger.DECIDE, decide, "FORBIDDEN");
        refused(Role.LEADER, FieldworkLedger.DECIDE, decide, "FORBIDDEN");
        Map<String, Object> approved = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.DECIDE, "decideLedgerExtension", decide);
        assertEquals(due.plusDays(10).toString(), approved.get("dueOn"));
        assertEquals("APPROVED", list(approved, "extensions").get(0).get("status"));
        refused(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.DECIDE, Map.of("extensionId", extension.get("id"),
                "version", approved.get("version"), "approve", false), "CONFLICT");
        Map<String, Object> askedAgain = ok(Role.DEPARTMENT, FieldworkLedger.REQUEST, "requestLedgerExtension",
                at(approved, "reason", "仍需延期", "newDueOn", due.plusDays(30).toString()));
        Map<String, Object> refusedOne = ok(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.DECIDE, "decideLedgerExtension",
                Map.of("extensionId", list(askedAgain, "extensions").get(1).get("id"), "version", askedAgain.get("version"),
                        "approve", false, "note", "理由不充分"));
        assertEquals(due.plusDays(10).toString(), refusedOne.get("dueOn"));
        assertEquals(List.of("APPROVED", "REFUSED"), list(refusedOne, "extensions").stream().map(x -> x.get("status")).toList());
    }

    @Test
    void overdueItemsAreFlaggedCountedAndFrozenAtRectification() {
        long round = FieldworkLedger.round("台账超期批次");
        Map<String, Object> late = FieldworkLedger.open(round, "JZ-QH-D10", "清单认领不全", List.of());
        Map<String, Object> onTime = FieldworkLedger.open(round, "JZ-QH-D10", "检查计划未公示", List.of());
        // due on a Friday two weeks ago: at least five working days late today
        LocalDate friday = LocalDate.now().minusWeeks(2).with(java.time.DayOfWeek.FRIDAY);
        EvaluationResults.update("update evaluation_ledger_item set due_on = ? where id = ?",
                List.of(friday, Long.parseLong((String) late.get("id"))));
        int expected = LedgerCalendar.workingDaysLate(friday, LedgerReads.today());
        Map<String, Object> seen = Gql.data(Gql.as(Role.DEPARTMENT, FieldworkLedger.ITEM, Map.of("id", late.get("id"))))
                .getMap("data.evaluationLedgerItem");
        assertEquals(true, seen.get("overdue"));
        assertEquals(expected, seen.get("daysOverdue"));
        assertFalse((Boolean) Gql.data(Gql.as(Role.DEPARTMENT, FieldworkLedger.ITEM, Map.of("id", onTime.get("id"))))
                .getBoolean("data.evaluationLedgerItem.overdue"));

        JsonPath overdue = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.LIST,
                Map.of("f", Map.of("roundId", round, "overdue", true))));
        assertEquals(1, overdue.getInt("data.evaluationLedger.totalCount"));
        assertEquals(late.get("id"), overdue.getString("data.evaluationLedger.edges[0].node.id"));
        assertEquals(1, overdue.getInt("data.evaluationLedgerCounts.overdue"));

        Map<String, Object> rectified = ok(Role.DEPARTMENT, FieldworkLedger.RECTIFY, "rectifyLedgerItem",
                at(seen, "evidence", "已补充认领"));
        assertEquals(expected, rectified.get("daysLate"));
        assertEquals(false, rectified.get("overdue"));
        assertEquals(0, rectified.get("daysOverdue"));
    }

    @Test
    void whoSeesWhat() {
        long round = FieldworkLedger.round("台账可见性批次");
        Map<String, Object> d10 = FieldworkLedger.open(round, "JZ-QH-D10", "生态环境局的问题", List.of());
        Map<String, Object> d11 = FieldworkLedger.open(round, "JZ-QH-D11", "城市管理局的问题", List.of());
        Map<String, Object> byRound = Map.of("f", Map.of("roundId", round));
        JsonPath office = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.LIST, byRound));
        assertEquals(2, office.getInt("data.evaluationLedger.totalCount"));
        assertEquals(2, office.getInt("data.evaluationLedgerCounts.open"));
        assertEquals(2, Gql.data(Gql.as(Role.LEADER, FieldworkLedger.LIST, byRound)).getInt("data.evaluationLedgerCounts.total"));
        JsonPath own = Gql.data(Gql.as(Role.DEPARTMENT, FieldworkLedger.LIST, byRound));
        assertEquals(1, own.getInt("data.evaluationLedger.totalCount"));
        assertEquals("JZ-QH-D10", own.getString("data.evaluationLedger.edges[0].node.unit.code"));
        assertEquals(1, own.getInt("data.evaluationLedgerCounts.total"));
        JsonPath other = Gql.data(EvaluationRounds.as(EvaluationRounds.d11Token(), FieldworkLedger.LIST, byRound));
        assertEquals(d11.get("id"), other.getString("data.evaluationLedger.edges[0].node.id"));
        assertEquals(1, other.getInt("data.evaluationLedger.totalCount"));
        for (Role nobody : List.of(Role.DISCIPLINE, Role.ORGANISATION, Role.COMMITTEE, Role.COMMAND_CENTRE, Role.GRID_WORKER)) {
            JsonPath none = Gql.data(Gql.as(nobody, FieldworkLedger.LIST, byRound));
            assertEquals(0, none.getInt("data.evaluationLedger.totalCount"), nobody.name());
            assertEquals(0, none.getInt("data.evaluationLedgerCounts.total"), nobody.name());
            Gql.error(Gql.as(nobody, FieldworkLedger.ITEM, Map.of("id", d10.get("id"))), "NOT_FOUND");
        }
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), FieldworkLedger.ITEM, Map.of("id", d10.get("id"))), "NOT_FOUND");
        Gql.data(Gql.as(Role.LEADER, FieldworkLedger.ITEM, Map.of("id", d10.get("id"))));
    }

    @Test
    void everyProblemRaisedOpensAnItem() {
        long round = FieldworkLedger.round("台账问题联动批次");
        long score = EvaluationResults.scoreId(round, "JZ-QH-D10", "B2");
        JsonPath raised = Gql.data(Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), """
                mutation($i: RaiseEvaluationProblemInput!) { raiseEvaluationProblem(input: $i) { problem { id } } }""",
                Map.of("i", Map.of("roundId", round, "unitId", EvaluationResults.unitId("JZ-QH-D10"), "scoreId", score,
                        "description", "评分偏低：整改台账联动")))));
        long problem = raised.getLong("data.raiseEvaluationProblem.problem.id");
        Object itemId = EvaluationResults.query("select ledger_item_id from evaluation_problem where id = ?", List.of(problem));
        assertNotNull(itemId);
        Map<String, Object> item = Gql.data(Gql.as(Role.DEPARTMENT, FieldworkLedger.ITEM, Map.of("id", itemId)))
                .getMap("data.evaluationLedgerItem");
        assertEquals("SCORE", item.get("sourceKind"));
        assertEquals(String.valueOf(score), item.get("sourceId"));
        assertEquals("B2", item.get("indicatorCode"));
        Map<?, ?> indicator = map(links(Keycloak.tokenFor(Role.DEPARTMENT), itemId), "indicator");
        assertEquals("B2", indicator.get("code"));
        assertEquals("干部队伍建设", indicator.get("name"), "the indicator's name in the round's scheme");
        assertEquals("OPEN", item.get("state"));
        JsonPath bySource = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.LIST,
                Map.of("f", Map.of("roundId", round, "sourceKind", "SCORE"))));
        assertEquals(1, bySource.getInt("data.evaluationLedger.totalCount"));
    }

    @Test
    void openingByHandChecksItsInput() {
        long round = FieldworkLedger.round("台账手工登记批次");
        Map<String, Object> days = FieldworkLedger.openInput(round, "JZ-QH-D10", "指定期限", List.of());
        days.put("dueWorkingDays", 5);
        Map<String, Object> five = item(Gql.data(as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, days)), "openLedgerItem");
        assertEquals(5, five.get("dueWorkingDays"));
        days.put("dueWorkingDays", 0);
        assertEquals("input.dueWorkingDays", as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, days)
                .getString("errors[0].extensions.field"));
        Map<String, Object> source = FieldworkLedger.openInput(round, "JZ-QH-D10", "来源不对", List.of());
        source.put("source", "SCORE");
        assertEquals("input.source", as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, source).getString("errors[0].extensions.field"));
        Map<String, Object> tracking = FieldworkLedger.openInput(round, "JZ-QH-D10", "跟踪问效未选整改", List.of());
        tracking.put("source", "TRACKING");
        assertEquals("input.trackingRectificationId", as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, tracking)
                .getString("errors[0].extensions.field"));
        Map<String, Object> outOfRound = FieldworkLedger.openInput(round, "JZ-QH-D12", "不在批次中", List.of());
        assertEquals("input.roundId", as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, outOfRound)
                .getString("errors[0].extensions.field"));
        // a 跟踪问效 rectification of a unit of the test's own (deadline far ahead: it suspends nothing)
        long unit = EvaluationFixtures.unit("台账跟踪问效单位", "GENERAL_SUPPORT");
        Tracking.Round r = Tracking.scoredAtFeedback(String.valueOf(unit), 0.5);
        String rectification = Tracking.rectification(r, LocalDate.now().plusMonths(6))
                .getString("data.requireRectification.rectification.id");
        tracking.put("trackingRectificationId", rectification);
        assertEquals("input.trackingRectificationId", as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, tracking)
                .getString("errors[0].extensions.field"));
        Map<String, Object> own = new HashMap<>(tracking);
        own.put("unitId", unit);
        own.remove("roundId");
        Map<String, Object> linked = item(Gql.data(as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, own)), "openLedgerItem");
        assertEquals("TRACKING", linked.get("sourceKind"));
        assertEquals(rectification, linked.get("sourceId"));
        assertEquals(rectification, linked.get("trackingRectificationId"));
        assertNull(linked.get("roundId"), "no round of the unit covers today: the item stays without one");
    }

    private static Map<String, Object> links(String token, Object itemId) {
        return Gql.data(EvaluationRounds.as(token, FieldworkLedger.LINKS, Map.of("id", itemId))).getMap("data.evaluationLedgerItem");
    }

    private static Map<?, ?> map(Map<String, Object> item, String field) {
        return (Map<?, ?>) item.get(field);
    }

    @Test
    void anItemFromAFormReviewLinksItsGoalAndItsForm() {
        String d10 = FieldworkForms.unitId("JZ-QH-D10");
        String round = FieldworkForms.openRound(List.of(d10));
        String form = FieldworkForms.formId(round, d10, "OPERATION_RESULTS");
        List<Object> goals = Gql.data(FieldworkForms.read(Role.DEPARTMENT, form)).getList("data.evaluationForm.content.operations.goalId");
        assertFalse(goals.isEmpty(), "生态环境局 has published goals to report on");
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        goals.forEach(g -> rows.add(FieldworkForms.goalRow(g, 4, true)));
        Gql.data(EvaluationRounds.as(Role.DEPARTMENT, FieldworkForms.SAVE, FieldworkForms.save(form, 0, "operations", rows)));
        int version = Gql.data(EvaluationRounds.as(Role.DEPARTMENT, FieldworkForms.SUBMIT, FieldworkForms.submit(form, 1)))
                .getInt("data.submitEvaluationFormDraft.form.submission.version");
        Map<String, Object> review = FieldworkForms.review(form, version, "RETURN", "请补充佐证");
        review.put("problems", List.of(Map.of("row", 0, "description", "台账关联：目标完成数值与台账不符")));
        String problem = Gql.data(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, FieldworkForms.REVIEW, Map.of("i", review)))
                .getString("data.reviewEvaluationForm.problemIds[0]");
        Object itemId = EvaluationResults.query("select ledger_item_id from evaluation_problem where id = ?", List.of(Long.valueOf(problem)));

        for (String token : List.of(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), Keycloak.tokenFor(Role.DEPARTMENT),
                Keycloak.tokenFor(Role.LEADER))) {
            Map<String, Object> item = links(token, itemId);
            assertEquals(String.valueOf(goals.get(0)), map(item, "goal").get("id"));
            assertNotNull(map(item, "goal").get("title"));
            assertEquals(Map.of("kind", "FORM_REVIEW", "id", map(item, "source").get("id"), "formId", form), map(item, "source"));
            assertEquals(round, item.get("roundId"));
            assertNull(item.get("case"));
            assertNull(item.get("listItem"));
        }
        // another unit, or a role outside the ledger, does not see the item at all
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), FieldworkLedger.LINKS, Map.of("id", itemId)), "NOT_FOUND");
        Gql.error(Gql.as(Role.DISCIPLINE, FieldworkLedger.LINKS, Map.of("id", itemId)), "NOT_FOUND");
    }

    @Test
    void aCaseShowsOnlyToWhoSeesTheCase() {
        long d10 = EvaluationResults.unitId("JZ-QH-D10");
        long caseId = EvaluationFixtures.caseFile("台账关联事件（部门不可见）", null);
        long itemId = FieldworkLedger.stored(d10, "OPEN", java.time.OffsetDateTime.now(), LocalDate.now().plusDays(30), null, null, null);
        EvaluationFixtures.exec("UPDATE evaluation_ledger_item SET case_id = ?, source_kind = 'VERIFICATION' WHERE id = ?", caseId, itemId);

        Map<String, Object> office = links(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), itemId);
        assertEquals(String.valueOf(caseId), map(office, "case").get("id"));
        assertEquals("台账关联事件（部门不可见）", map(office, "case").get("title"));
        assertEquals("VERIFICATION", map(office, "source").get("kind"));
        // the responsible unit sees its item but not the case (neither reported nor dispatched to it): no title leaks
        Map<String, Object> unit = links(Keycloak.tokenFor(Role.DEPARTMENT), itemId);
        assertEquals(String.valueOf(itemId), unit.get("id"));
        assertNull(unit.get("case"));
        assertNull(unit.get("roundId"));

        // a page of items resolves each kind once, items without a source row included
        long formless = FieldworkLedger.stored(d10, "OPEN", java.time.OffsetDateTime.now(), LocalDate.now().plusDays(30), null, null, null);
        EvaluationFixtures.exec("UPDATE evaluation_ledger_item SET source_kind = 'FORM_REVIEW' WHERE id = ?", formless);
        JsonPath page = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query($f: LedgerFilter) { evaluationLedger(filter: $f, first: 5) { edges { node { id case { title } source { kind id formId } } } } }""",
                Map.of("f", Map.of("unitId", d10, "sourceKind", "FORM_REVIEW"))));
        Map<String, Object> first = page.getMap("data.evaluationLedger.edges[0].node");
        assertEquals(String.valueOf(formless), first.get("id"));
        assertEquals("FORM_REVIEW", map(first, "source").get("kind"));
        assertNull(map(first, "source").get("formId"));
    }

    @Test
    void aTrackingRectificationsItemJoinsTheRoundEvaluatingItsDay() {
        LocalDate today = LedgerReads.today();
        long unit = EvaluationFixtures.unit("台账跟踪问效入批次单位", "GENERAL_SUPPORT");
        String code = EvaluationFixtures.unitCode(unit);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        FieldworkLedger.roundOver("跟踪问效季度批次", code, "SELF_ASSESSMENT", "QUARTER", quarter, quarter.plusMonths(3).minusDays(1));
        FieldworkLedger.roundOver("跟踪问效筹备批次", code, "DRAFT", "YEAR", today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
        FieldworkLedger.roundOver("跟踪问效已公布批次", code, "PUBLISHED", "YEAR", today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
        long annual = FieldworkLedger.roundOver("跟踪问效年度批次", code, "FIRST_MARK", "YEAR", today.withDayOfYear(1),
                today.withDayOfYear(1).plusYears(1).minusDays(1));
        Tracking.Round r = Tracking.scoredAtFeedback(String.valueOf(unit), 0.5);
        String rectification = Tracking.rectification(r, LocalDate.now().plusMonths(6)).getString("data.requireRectification.rectification.id");
        Map<String, Object> in = FieldworkLedger.openInput(null, "JZ-QH-D10", "跟踪问效整改未到位", List.of());
        in.put("unitId", unit);
        in.put("source", "TRACKING");
        in.put("trackingRectificationId", rectification);
        Map<String, Object> opened = item(Gql.data(as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.OPEN, in)), "openLedgerItem");
        assertEquals(String.valueOf(annual), opened.get("roundId"), "the open annual round covering today, not a draft, published or quarter one");
        assertEquals("跟踪问效年度批次", opened.get("roundName"));
        assertEquals(annual, ((Number) EvaluationResults.query("select round_id from evaluation_problem where ledger_item_id = ?",
                List.of(Long.valueOf((String) opened.get("id"))))).longValue(), "the problem carries the round too");
        JsonPath byRound = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.LIST, Map.of("f", Map.of("roundId", annual))));
        assertEquals(1, byRound.getInt("data.evaluationLedger.totalCount"));
        Map<String, Object> link = links(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), opened.get("id"));
        assertEquals(Map.of("kind", "TRACKING", "id", rectification), map(link, "source").entrySet().stream()
                .filter(e -> e.getValue() != null).collect(java.util.stream.Collectors.toMap(e -> (String) e.getKey(), Map.Entry::getValue)));
        // only 编办 opens it: a unit is refused
        refused(Role.DEPARTMENT, FieldworkLedger.OPEN, in, "FORBIDDEN");
    }
}

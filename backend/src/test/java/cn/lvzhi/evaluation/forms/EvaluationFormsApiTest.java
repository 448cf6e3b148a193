package cn.lvzhi.evaluation.forms;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationGoals;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkForms;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.as;
import static cn.lvzhi.testing.FieldworkForms.FORM;
import static cn.lvzhi.testing.FieldworkForms.LIST;
import static cn.lvzhi.testing.FieldworkForms.REVIEW;
import static cn.lvzhi.testing.FieldworkForms.SAVE;
import static cn.lvzhi.testing.FieldworkForms.SUBMIT;
import static cn.lvzhi.testing.FieldworkForms.formId;
import static cn.lvzhi.testing.FieldworkForms.goalRow;
import static cn.lvzhi.testing.FieldworkForms.review;
import static cn.lvzhi.testing.FieldworkForms.save;
import static cn.lvzhi.testing.FieldworkForms.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The “1+3” forms through the API with real tokens: a unit fills, saves (stale saves refused) and submits its forms;
 * 编办 returns them with comments, accepts them — feeding the self-assessment entry and the 清单变更 queue — and raises
 * problems; who sees what, and every refused path.
 */
@QuarkusTest
class EvaluationFormsApiTest {
    String d10;
    String d11;

    @BeforeEach
    void units() {
        d10 = FieldworkForms.unitId("JZ-QH-D10");
        d11 = FieldworkForms.unitId("JZ-QH-D11");
    }

    static JsonPath dept(String document, Map<String, Object> variables) {
        return as(Role.DEPARTMENT, document, variables);
    }

    static JsonPath office(String document, Map<String, Object> variables) {
        return as(Role.ESTABLISHMENT_OFFICE, document, variables);
    }

    /** Complete rows for every goal of the form, each worth {@code score}, the first met and the others not. */
    static List<Map<String, Object>> goalRows(JsonPath form, double score) {
        List<Object> goals = form.getList("data.evaluationForm.content.operations.goalId");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            rows.add(goalRow(goals.get(i), score, i == 0));
        }
        return rows;
    }

    @Test
    void theUnitFillsItsOperationFormFromItsGoalsAndSubmitsItAsAVersion() {
        String round = FieldworkForms.openRound(List.of(d10, d11));
        String id = formId(round, d10, "OPERATION_RESULTS");
        JsonPath form = Gql.data(dept(FORM, Map.of("id", id)));
        assertEquals(0, form.getInt("data.evaluationForm.draftVersion"));
        assertTrue(form.getBoolean("data.evaluationForm.editable"));
        assertFalse(form.getBoolean("data.evaluationForm.reviewable"));
        List<Object> goals = form.getList("data.evaluationForm.content.operations.goalId");
        assertFalse(goals.isEmpty(), "the demo department has goals published for 2026");

        Map<String, Object> partial = new HashMap<>(goalRow(goals.get(0), 5, true));
        partial.remove("selfScore");
        JsonPath saved = Gql.data(dept(SAVE, save(id, 0, "operations", List.of(partial))));
        assertEquals(1, saved.getInt("data.saveEvaluationForm.form.draftVersion"));
        assertEquals("已按计划完成", saved.getString("data.saveEvaluationForm.form.content.operations[0].done"));

        String stale = Gql.error(dept(SAVE, save(id, 0, "operations", List.of(partial))), "CONFLICT");
        assertTrue(stale.contains("当前版本 1"), stale);
        String incomplete = Gql.error(dept(SUBMIT, submit(id, 1)), "VALIDATION");
        assertTrue(incomplete.contains("第1行"), incomplete);

        Gql.data(dept(SAVE, save(id, 1, "operations", goalRows(form, 4))));
        Gql.error(dept(SUBMIT, submit(id, 1)), "CONFLICT");
        JsonPath submitted = Gql.data(dept(SUBMIT, submit(id, 2)));
        assertEquals("SUBMITTED", submitted.getString("data.submitEvaluationFormDraft.form.submission.status"));
        assertFalse(submitted.getBoolean("data.submitEvaluationFormDraft.form.editable"));
        assertEquals(1, submitted.getInt("data.submitEvaluationFormDraft.form.versions[0].seq"));
        assertFalse(submitted.getBoolean("data.submitEvaluationFormDraft.form.versions[0].late"));

        String again = Gql.error(dept(SAVE, save(id, 2, "operations", goalRows(form, 3))), "CONFLICT");
        assertTrue(again.contains("已报送"), again);
        Gql.error(dept(SUBMIT, submit(id, 2)), "CONFLICT");
        assertTrue(Gql.data(office(FORM, Map.of("id", id))).getBoolean("data.evaluationForm.reviewable"));
    }

    @Test
    void aRowKeepsTheUnitsOwnEvidenceAndRefusesAnotherUnitsFileOrAMissingOne() {
        String round = FieldworkForms.openRound(List.of(d10, d11));
        String id = formId(round, d10, "OPERATION_RESULTS");
        JsonPath form = Gql.data(dept(FORM, Map.of("id", id)));
        String own = EvaluationGoals.uploaded(Keycloak.tokenFor(Role.DEPARTMENT));
        String foreign = EvaluationGoals.uploaded(EvaluationRounds.d11Token());
        int last = form.getList("data.evaluationForm.content.operations").size() - 1;

        List<Map<String, Object>> theirs = goalRows(form, 4);
        theirs.get(last).put("fileIds", List.of(own, foreign));
        JsonPath refused = dept(SAVE, save(id, 0, "operations", theirs));
        assertTrue(Gql.error(refused, "VALIDATION").contains("本单位上传"));
        assertEquals("input.operations[" + last + "].fileIds", refused.getString("errors[0].extensions.field"));
        List<Map<String, Object>> missing = goalRows(form, 4);
        missing.get(0).put("fileIds", List.of("999999999"));
        JsonPath absent = dept(SAVE, save(id, 0, "operations", missing));
        Gql.error(absent, "VALIDATION");
        assertEquals("input.operations[0].fileIds", absent.getString("errors[0].extensions.field"));

        List<Map<String, Object>> rows = goalRows(form, 4);
        rows.get(0).put("fileIds", List.of(own, own));
        JsonPath saved = Gql.data(dept(SAVE, save(id, 0, "operations", rows)));
        String row = "data.saveEvaluationForm.form.content.operations[0].";
        assertEquals(List.of(own), saved.getList(row + "fileIds"));
        assertEquals(List.of(own), saved.getList(row + "files.id"));
        assertEquals("检查记录.png", saved.getString(row + "files[0].fileName"));
        assertEquals(d10, saved.getString(row + "files[0].ownerUnitId"));
        assertTrue(saved.getInt(row + "files[0].sizeBytes") > 8);
        assertEquals(List.of(), saved.getList("data.saveEvaluationForm.form.content.operations[" + last + "].files"));

        Gql.data(dept(SUBMIT, submit(id, 1)));
        for (Role reader : List.of(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            JsonPath read = Gql.data(as(reader, FORM, Map.of("id", id)));
            assertEquals("检查记录.png", read.getString("data.evaluationForm.content.operations[0].files[0].fileName"), reader.name());
            assertEquals("检查记录.png", read.getString("data.evaluationForm.versions[0].content.operations[0].files[0].fileName"));
            RestAssured.given().header("Authorization", "Bearer " + Keycloak.tokenFor(reader))
                    .get("/api/evaluation/files/" + own).then().statusCode(200);
        }
        assertEquals("NOT_FOUND", code(as(EvaluationRounds.d11Token(), FORM, Map.of("id", id))));
    }

    @Test
    void aUnitSeesOnlyItsOwnFormsAndOnlyItsOwnUsersFillThem() {
        String round = FieldworkForms.openRound(List.of(d10, d11));
        String id = formId(round, d10, "OFFICE_SUGGESTIONS");
        assertEquals("NOT_FOUND", code(as(EvaluationRounds.d11Token(), FORM, Map.of("id", id))));
        assertEquals("NOT_FOUND", code(as(EvaluationRounds.d11Token(), SAVE, save(id, 0, "suggestions", List.of()))));
        for (Role r : List.of(Role.TOWNSHIP, Role.GRID_WORKER, Role.DISCIPLINE, Role.COMMITTEE, Role.INTEGRATION)) {
            assertEquals("NOT_FOUND", code(as(r, FORM, Map.of("id", id))), r.name());
        }
        assertEquals(6, Gql.data(office(LIST, Map.of("r", round))).getInt("data.evaluationForms.totalCount"));
        assertEquals(6, Gql.data(as(Role.LEADER, LIST, Map.of("r", round))).getInt("data.evaluationForms.totalCount"));
        JsonPath own = Gql.data(dept(LIST, Map.of("r", round)));
        assertEquals(3, own.getInt("data.evaluationForms.totalCount"));
        assertEquals(List.of("JZ-QH-D10"), own.getList("data.evaluationForms.edges.node.unit.code").stream().distinct().toList());
        JsonPath d11 = Gql.data(as(EvaluationRounds.d11Token(), LIST, Map.of("r", round, "f", "OFFICE_SUGGESTIONS")));
        assertEquals(1, d11.getInt("data.evaluationForms.totalCount"));
        assertEquals("NOT_FOUND", code(as(Role.TOWNSHIP, LIST, Map.of("r", round))));

        String leader = Gql.error(as(Role.LEADER, SAVE, save(id, 0, "suggestions", List.of())), "FORBIDDEN");
        assertEquals(FormsPolicy.FILL_OWN, leader);
        Gql.error(office(SAVE, save(id, 0, "suggestions", List.of())), "FORBIDDEN");
        assertFalse(Gql.data(as(Role.LEADER, FORM, Map.of("id", id))).getBoolean("data.evaluationForm.editable"));
        Gql.data(as(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), SAVE, save(id, 0, "suggestions", List.of())));
        assertEquals("NOT_FOUND", code(dept(FORM, Map.of("id", "999999999"))));
        String generic = Gql.error(dept("""
                mutation($i: SubmitEvaluationFormInput!) { submitEvaluationForm(input: $i) { submission { status } } }""",
                Map.of("i", Map.of("roundId", round, "form", "OFFICE_SUGGESTIONS"))), "VALIDATION");
        assertTrue(generic.contains("“1+3”"), generic);
    }

    static String code(JsonPath body) {
        return body.getString("errors[0].extensions.code");
    }

    @Test
    void theOfficeReturnsWithRowCommentsThenAcceptsFeedingTheSelfAssessmentEntry() {
        String round = FieldworkForms.openRound(List.of(d10));
        String id = formId(round, d10, "OPERATION_RESULTS");
        JsonPath form = Gql.data(dept(FORM, Map.of("id", id)));
        Gql.data(dept(SAVE, save(id, 0, "operations", goalRows(form, 4))));
        int version = Gql.data(dept(SUBMIT, submit(id, 1))).getInt("data.submitEvaluationFormDraft.form.submission.version");

        Map<String, Object> noComment = review(id, version, "RETURN", null);
        assertEquals("input.comment", office(REVIEW, Map.of("i", noComment)).getString("errors[0].extensions.field"));
        Map<String, Object> badRow = review(id, version, "RETURN", null);
        badRow.put("rowComments", List.of(Map.of("row", 99, "comment", "无此行")));
        assertEquals("input.rowComments[0].row", office(REVIEW, Map.of("i", badRow)).getString("errors[0].extensions.field"));
        Map<String, Object> wrongForm = review(id, version, "RETURN", "请补充");
        wrongForm.put("indicatorCode", "B1");
        assertEquals("input.indicatorCode", office(REVIEW, Map.of("i", wrongForm)).getString("errors[0].extensions.field"));
        Gql.error(office(REVIEW, Map.of("i", review(id, version + 5, "RETURN", "请补充"))), "CONFLICT");
        assertEquals(FormsPolicy.REVIEW_OFFICE, Gql.error(dept(REVIEW, Map.of("i", review(id, version, "ACCEPT", null))), "FORBIDDEN"));
        Gql.error(as(Role.LEADER, REVIEW, Map.of("i", review(id, version, "ACCEPT", null))), "FORBIDDEN");

        Map<String, Object> ret = review(id, version, "RETURN", "请补充佐证");
        ret.put("rowComments", List.of(Map.of("row", 0, "comment", "完成数值与台账不符")));
        ret.put("problems", List.of(Map.of("row", 0, "description", "目标完成数值与台账不符")));
        JsonPath returned = Gql.data(office(REVIEW, Map.of("i", ret)));
        assertEquals(1, returned.getList("data.reviewEvaluationForm.problemIds").size());
        String problem = returned.getString("data.reviewEvaluationForm.problemIds[0]");
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM evaluation_problem WHERE id = ? AND source_kind = 'FORM_REVIEW'"
                + " AND goal_id IS NOT NULL AND unit_id = ?", Long.valueOf(problem), Long.valueOf(d10)));

        JsonPath unitSees = Gql.data(dept(FORM, Map.of("id", id)));
        assertEquals("RETURNED", unitSees.getString("data.evaluationForm.submission.status"));
        assertEquals("请补充佐证", unitSees.getString("data.evaluationForm.submission.reviewComment"));
        assertEquals("完成数值与台账不符", unitSees.getString("data.evaluationForm.versions[0].rowComments[0].comment"));
        assertEquals("RETURNED", unitSees.getString("data.evaluationForm.versions[0].decision"));
        assertTrue(unitSees.getBoolean("data.evaluationForm.editable"));
        Gql.error(office(REVIEW, Map.of("i", review(id, version + 1, "ACCEPT", null))), "CONFLICT");

        Gql.data(dept(SAVE, save(id, 1, "operations", goalRows(form, 5))));
        JsonPath second = Gql.data(dept(SUBMIT, submit(id, 2)));
        assertEquals(List.of(2, 1), second.getList("data.submitEvaluationFormDraft.form.versions.seq"));
        int v2 = second.getInt("data.submitEvaluationFormDraft.form.submission.version");
        Map<String, Object> accept = review(id, v2, "ACCEPT", "同意");
        accept.put("indicatorCode", "A1");
        assertEquals("input.indicatorCode", office(REVIEW, Map.of("i", accept)).getString("errors[0].extensions.field"));
        accept.put("indicatorCode", "B1");
        JsonPath accepted = Gql.data(office(REVIEW, Map.of("i", accept)));
        assertEquals("ACCEPTED", accepted.getString("data.reviewEvaluationForm.form.submission.status"));
        assertEquals("B1", accepted.getString("data.reviewEvaluationForm.form.versions[0].indicatorCode"));

        JsonPath scores = Gql.data(office(EvaluationRounds.SCORES, Map.of("id", round, "u", d10)));
        int goals = form.getList("data.evaluationForm.content.operations").size();
        double expected = Math.min(5.0 * goals, 20);
        Map<String, Object> b1 = scores.getList("data.evaluationRound.scores", Map.class).stream()
                .filter(s -> "B1".equals(s.get("indicatorCode"))).findFirst().orElseThrow();
        if (5.0 * goals <= 20) {
            assertEquals(expected, ((Number) b1.get("selfScore")).doubleValue(), 0.001);
            assertEquals(1.0 / goals, ((Number) b1.get("figure")).doubleValue(), 0.001);
        }
        Gql.error(office(REVIEW, Map.of("i", review(id, v2 + 1, "ACCEPT", null))), "CONFLICT");
    }

    @Test
    void theBoundaryFormIsPrefilledWithTheUnitsItemsAndTheirCases() {
        String round = FieldworkForms.openRound(List.of(d10));
        String id = formId(round, d10, "BOUNDARY_PERFORMANCE");
        JsonPath form = Gql.data(dept(FORM, Map.of("id", id)));
        List<Object> items = form.getList("data.evaluationForm.content.boundaries.listItemId");
        assertFalse(items.isEmpty(), "the demo department is party to boundary items");
        assertEquals(items.size(), EvaluationRounds.queryLong("""
                SELECT count(*) FROM list_item i, unit u WHERE u.code = 'JZ-QH-D10' AND i.kind = 'BOUNDARY' AND i.status = 'PUBLISHED'
                AND (i.unit_id = u.id OR EXISTS (SELECT 1 FROM jsonb_array_elements(i.details -> 'boundary' -> 'cooperating') p
                                                  WHERE p ->> 'unitCode' = u.code))"""));
        for (int i = 0; i < items.size(); i++) {
            long cases = EvaluationRounds.queryLong("""
                    SELECT count(DISTINCT c.id) FROM case_file c JOIN case_dispatch d ON d.case_id = c.id
                    WHERE c.category_item_id = ? AND d.to_unit_id = ? AND d.refused_at IS NULL
                      AND d.sent_at >= timestamptz '2026-01-01 00:00+08' AND d.sent_at < timestamptz '2026-04-01 00:00+08'""",
                    Long.valueOf(items.get(i).toString()), Long.valueOf(d10));
            assertEquals(cases, form.getLong("data.evaluationForm.content.boundaries[" + i + "].casesHandled"));
        }
        Gql.error(dept(SAVE, save(id, 0, "operations", List.of())), "VALIDATION");
        assertEquals("input.boundaries[0].listItemId", dept(SAVE, save(id, 0, "boundaries",
                List.of(Map.of("listItemId", "999999999", "performance", "x")))).getString("errors[0].extensions.field"));
        List<Map<String, Object>> rows = new ArrayList<>();
        items.forEach(item -> rows.add(Map.of("listItemId", item, "performance", "按边界清单牵头处置", "problems", "配合单位响应慢")));
        JsonPath saved = Gql.data(dept(SAVE, save(id, 0, "boundaries", rows)));
        assertEquals("按边界清单牵头处置", saved.getString("data.saveEvaluationForm.form.content.boundaries[0].performance"));
        Gql.data(dept(SUBMIT, submit(id, 1)));
    }

    @Test
    void acceptedSuggestionsBecomeProposalsAgainstTheDutyTaskList() {
        String round = FieldworkForms.openRound(List.of(d10));
        String id = formId(round, d10, "OFFICE_SUGGESTIONS");
        JsonPath form = Gql.data(dept(FORM, Map.of("id", id)));
        List<Map<String, Object>> offices = form.getList("data.evaluationForm.offices", Map.class).stream()
                .map(o -> (Map<String, Object>) o).toList();
        assertTrue(offices.size() >= 3, "the demo department has internal offices");
        String from = String.valueOf(offices.get(0).get("id"));
        String to = String.valueOf(offices.get(1).get("id"));
        List<String> free = freeDuties(from);
        assertTrue(free.size() >= 2, "two duties of the office have no pending proposal");
        List<Map<String, Object>> suggestions = List.of(
                Map.of("kind", "MOVE", "fromOfficeId", from, "toOfficeId", to, "dutyItemId", free.get(0), "reason", "职能相近，归口管理"),
                Map.of("kind", "ADD", "toOfficeId", to, "dutyName", "新污染物治理", "reason", "新增法定职责"),
                Map.of("kind", "CANCEL", "fromOfficeId", from, "dutyItemId", free.get(1), "reason", "上级已取消"));
        Map<String, Object> foreign = new HashMap<>(suggestions.get(1));
        foreign.put("toOfficeId", FieldworkForms.unitId("JZ-QH-D11-K07"));
        assertEquals("input.suggestions[0].toOfficeId", dept(SAVE, save(id, 0, "suggestions", List.of(foreign)))
                .getString("errors[0].extensions.field"));
        Gql.data(dept(SAVE, save(id, 0, "suggestions", suggestions)));
        int version = Gql.data(dept(SUBMIT, submit(id, 1))).getInt("data.submitEvaluationFormDraft.form.submission.version");
        JsonPath accepted = Gql.data(office(REVIEW, Map.of("i", review(id, version, "ACCEPT", null))));
        List<Object> changes = accepted.getList("data.reviewEvaluationForm.listChangeIds");
        assertEquals(4, changes.size());
        JsonPath queue = Gql.data(office("query { listChanges(status: PENDING, first: 200) { edges { node { id changeType } } } }", Map.of()));
        List<Object> pending = queue.getList("data.listChanges.edges.node.id");
        assertTrue(pending.containsAll(changes), "the proposals wait in 编办's 清单变更 queue");
        assertEquals(2, EvaluationRounds.queryLong("SELECT count(*) FROM list_change WHERE id = ANY(?) AND change_type = 'RETIRE'",
                (Object) changes.stream().map(c -> Long.valueOf(c.toString())).toArray(Long[]::new)));
    }

    /** Published duty tasks of the office with no pending proposal. */
    static List<String> freeDuties(String officeId) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long id = EvaluationRounds.queryLong("""
                    SELECT i.id FROM list_item i WHERE i.unit_id = ? AND i.kind = 'DUTY_TASK' AND i.status = 'PUBLISHED'
                    AND NOT EXISTS (SELECT 1 FROM list_change c WHERE c.item_id = i.id AND c.status = 'PENDING') ORDER BY i.id OFFSET ?""",
                    Long.valueOf(officeId), i);
            if (id > 0) {
                out.add(String.valueOf(id));
            }
        }
        return out;
    }

    @Test
    void aLateFormIsMarkedLateAndALockedOneWaitsForTheOfficeToReopenIt() {
        String round = FieldworkForms.openRound(List.of(d10));
        String id = formId(round, d10, "OFFICE_SUGGESTIONS");
        EvaluationRounds.sql("UPDATE evaluation_submission SET due_at = now() - interval '2 hours', locks_at = now() + interval '1 day' WHERE id = ?",
                Long.valueOf(id));
        Gql.data(dept(SAVE, save(id, 0, "suggestions", List.of())));
        JsonPath late = Gql.data(dept(SUBMIT, submit(id, 1)));
        assertTrue(late.getBoolean("data.submitEvaluationFormDraft.form.versions[0].late"));
        assertTrue(late.getBoolean("data.submitEvaluationFormDraft.form.submission.late"));

        String locked = formId(round, d10, "OPERATION_RESULTS");
        EvaluationRounds.sql("UPDATE evaluation_submission SET due_at = now() - interval '2 days', locks_at = now() - interval '1 day' WHERE id = ?",
                Long.valueOf(locked));
        assertFalse(Gql.data(dept(FORM, Map.of("id", locked))).getBoolean("data.evaluationForm.editable"));
        String refused = Gql.error(dept(SAVE, save(locked, 0, "operations", List.of())), "CONFLICT");
        assertTrue(refused.contains("截止"), refused);
        int version = Gql.data(office(FORM, Map.of("id", locked))).getInt("data.evaluationForm.submission.version");
        Gql.data(office("""
                mutation($i: ChangeEvaluationDeadlineInput!) { changeEvaluationDeadline(input: $i) { submission { id } } }""",
                Map.of("i", Map.of("submissionId", locked, "version", version, "dueAt", EvaluationRounds.hoursFromNow(24).toString(),
                        "locksAt", EvaluationRounds.hoursFromNow(48).toString(), "reason", "准予补报"))));
        assertTrue(Gql.data(dept(FORM, Map.of("id", locked))).getBoolean("data.evaluationForm.editable"));
    }
}

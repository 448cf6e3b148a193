package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.deadline;
import static cn.lvzhi.testing.EvaluationRounds.hoursFromNow;

/**
 * Builds the “1+3” forms of tests: a 2026 Q1 round of its own (fresh scheme, the three forms due in a day, locked in
 * two) opened through GraphQL as 编办 would, and the GraphQL documents of the forms' operations.
 */
public final class FieldworkForms {
    public static final String FORM_FIELDS = """
            id roundId draftVersion editable reviewable savedByName
            submission { id status late version reviewComment unit { code } }
            content { operations { goalId goalTitle target done figure met selfScore fileIds files { id ownerUnitId fileName sizeBytes } }
                      boundaries { listItemId itemCode itemName role performance casesHandled caseCodes problems }
                      suggestions { kind fromOfficeId toOfficeId dutyItemId dutyName reason } }
            versions { id seq late decision reviewComment rowComments { row comment } indicatorCode
                       content { operations { goalId selfScore files { fileName } } boundaries { listItemId } suggestions { kind } } }
            offices { id name duties { itemId code name version } }""";
    public static final String FORM = "query($id: ID!) { evaluationForm(id: $id) { " + FORM_FIELDS + " } }";
    public static final String LIST = """
            query($r: ID!, $f: SubmissionForm, $s: SubmissionStatus) { evaluationForms(roundId: $r, form: $f, status: $s, first: 50) {
              totalCount edges { node { id form status unit { code } } } } }""";
    public static final String SAVE = "mutation($i: SaveEvaluationFormInput!) { saveEvaluationForm(input: $i) { form { " + FORM_FIELDS + " } } }";
    public static final String SUBMIT = "mutation($i: SubmitEvaluationFormDraftInput!) { submitEvaluationFormDraft(input: $i) { form { "
            + FORM_FIELDS + " } } }";
    public static final String REVIEW = "mutation($i: ReviewEvaluationFormInput!) { reviewEvaluationForm(input: $i) { problemIds listChangeIds form { "
            + FORM_FIELDS + " } } }";
    public static final List<String> FORMS = List.of("OPERATION_RESULTS", "BOUNDARY_PERFORMANCE", "OFFICE_SUGGESTIONS");

    private FieldworkForms() {
    }

    /** The id of the unit with the code. */
    public static String unitId(String code) {
        return String.valueOf(EvaluationRounds.queryLong("SELECT id FROM unit WHERE code = ?", code));
    }

    /** Opens a round for the units with the self-assessment and the three forms due in a day, locked in two; its id. */
    public static String openRound(List<String> unitIds) {
        List<Map<String, Object>> deadlines = new java.util.ArrayList<>();
        deadlines.add(deadline(null, "SELF_ASSESSMENT", hoursFromNow(24), hoursFromNow(48)));
        FORMS.forEach(f -> deadlines.add(deadline(null, f, hoursFromNow(24), hoursFromNow(48))));
        return EvaluationRounds.office(EvaluationRounds.OPEN, Map.of("i", EvaluationRounds.openInput(
                EvaluationRounds.scheme("SUPERSEDED"), unitIds, deadlines))).getString("data.openEvaluationRound.round.id");
    }

    /** The id of the unit's submission of the form in the round (its form's id). */
    public static String formId(String roundId, String unitId, String form) {
        return String.valueOf(EvaluationRounds.queryLong("SELECT id FROM evaluation_submission WHERE round_id = ? AND unit_id = ? AND form = ?",
                Long.valueOf(roundId), Long.valueOf(unitId), form));
    }

    public static JsonPath read(String token, String formId) {
        return EvaluationRounds.as(token, FORM, Map.of("id", formId));
    }

    public static JsonPath read(Role role, String formId) {
        return read(Keycloak.tokenFor(role), formId);
    }

    /** A save input of the form at the draft version with one kind of rows. */
    public static Map<String, Object> save(String formId, int version, String list, List<Map<String, Object>> rows) {
        Map<String, Object> i = new HashMap<>();
        i.put("submissionId", formId);
        i.put("version", version);
        if (list != null) {
            i.put(list, rows);
        }
        return Map.of("i", i);
    }

    public static Map<String, Object> submit(String formId, int version) {
        return Map.of("i", Map.of("submissionId", formId, "version", version));
    }

    /** A complete row of the 年度职能运行成效表 for the goal. */
    public static Map<String, Object> goalRow(Object goalId, double selfScore, boolean met) {
        Map<String, Object> r = new HashMap<>();
        r.put("goalId", goalId);
        r.put("done", "已按计划完成");
        r.put("figure", 12);
        r.put("met", met);
        r.put("selfScore", selfScore);
        return r;
    }

    /** The department user's saved and submitted 内设机构职责调整建议表 (no suggestions): the submission's version after. */
    public static int submitEmptySuggestions(String formId) {
        Gql.data(EvaluationRounds.as(Role.DEPARTMENT, SAVE, save(formId, 0, "suggestions", List.of())));
        return Gql.data(EvaluationRounds.as(Role.DEPARTMENT, SUBMIT, submit(formId, 1)))
                .getInt("data.submitEvaluationFormDraft.form.submission.version");
    }

    public static Map<String, Object> review(String formId, int version, String decision, String comment) {
        Map<String, Object> i = new HashMap<>();
        i.put("submissionId", formId);
        i.put("version", version);
        i.put("decision", decision);
        if (comment != null) {
            i.put("comment", comment);
        }
        return i;
    }
}

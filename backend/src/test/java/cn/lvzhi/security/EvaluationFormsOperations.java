package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkForms;
import cn.lvzhi.testing.Gql;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.security.AuthorizationMatrixTest.idOf;

/** The authorization matrix's requests for the evaluation fieldwork's “1+3” forms (“1+3”报表) (rows in authorization-forms.csv). */
final class EvaluationFormsOperations {
    private EvaluationFormsOperations() {
    }

    /** A fresh round of 生态环境局 (the demo department) with the three forms; the id of its 内设机构职责调整建议表. */
    private static String suggestionsForm() {
        String round = FieldworkForms.openRound(List.of(idOf("JZ-QH-D10")));
        return FieldworkForms.formId(round, idOf("JZ-QH-D10"), "OFFICE_SUGGESTIONS");
    }

    static final Map<String, Operation> OPERATIONS = Map.of(
            "evaluationForms", new Operation("query($r: ID!) { evaluationForms(roundId: $r) { totalCount } }",
                    () -> Map.of("r", FieldworkForms.openRound(List.of(idOf("JZ-QH-D10"))))),
            "evaluationForm", new Operation("query($id: ID!) { evaluationForm(id: $id) { id offices { name } } }",
                    () -> Map.of("id", suggestionsForm())),
            "saveEvaluationForm", new Operation("""
                    mutation($i: SaveEvaluationFormInput!) { saveEvaluationForm(input: $i) { form { draftVersion } } }""",
                    () -> FieldworkForms.save(suggestionsForm(), 0, "suggestions", List.of())),
            "submitEvaluationFormDraft", new Operation("""
                    mutation($i: SubmitEvaluationFormDraftInput!) { submitEvaluationFormDraft(input: $i) { form { id } } }""",
                    () -> {
                        String form = suggestionsForm();
                        Gql.data(EvaluationRounds.as(Role.DEPARTMENT, FieldworkForms.SAVE, FieldworkForms.save(form, 0, "suggestions", List.of())));
                        return FieldworkForms.submit(form, 1);
                    }),
            "reviewEvaluationForm", new Operation("""
                    mutation($i: ReviewEvaluationFormInput!) { reviewEvaluationForm(input: $i) { form { id } } }""",
                    () -> {
                        String form = suggestionsForm();
                        int version = FieldworkForms.submitEmptySuggestions(form);
                        return Map.of("i", FieldworkForms.review(form, version, "ACCEPT", null));
                    }));
}

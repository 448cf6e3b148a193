package cn.lvzhi.evaluation.forms;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRole;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRow;
import cn.lvzhi.evaluation.forms.FormContent.OperationRow;
import cn.lvzhi.evaluation.forms.FormContent.SuggestionKind;
import cn.lvzhi.evaluation.forms.inputs.BoundaryRowInput;
import cn.lvzhi.evaluation.forms.inputs.OperationRowInput;
import cn.lvzhi.evaluation.forms.inputs.ReviewEvaluationFormInput.RowCommentInput;
import cn.lvzhi.evaluation.forms.inputs.SuggestionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The content rules of the “1+3” forms ({@link FormRules}), on prepared goals, items and offices. */
class FormRulesTest {
    static final List<OperationRow> GOALS = List.of(new OperationRow(1, "目标一", "12件", null, null, null, null, List.of()),
            new OperationRow(2, "目标二", null, null, null, null, null, List.of()));
    static final List<BoundaryRow> ITEMS = List.of(new BoundaryRow(7, "BJ-1", "油烟扰民", BoundaryRole.LEAD, null, 3, List.of("A", "B", "C"), null));
    static final List<FormOffice> OFFICES = List.of(
            new FormOffice(10, "办公室", List.of(new FormOffice.Duty(100, "T-1", "文电处理", 2))),
            new FormOffice(11, "执法科", List.of(new FormOffice.Duty(110, "T-2", "执法检查", 1))));

    static OperationRowInput op(long goalId, String done, Boolean met, Double score) {
        OperationRowInput r = new OperationRowInput();
        r.goalId = goalId;
        r.done = done;
        r.met = met;
        r.selfScore = score == null ? null : BigDecimal.valueOf(score);
        r.fileIds = List.of(5L, 5L);
        return r;
    }

    static SuggestionInput suggestion(SuggestionKind kind, Long from, Long to, Long duty, String name) {
        SuggestionInput s = new SuggestionInput();
        s.kind = kind;
        s.fromOfficeId = from;
        s.toOfficeId = to;
        s.dutyItemId = duty;
        s.dutyName = name;
        s.reason = "理由";
        return s;
    }

    static String field(Runnable r) {
        return assertThrows(ValidationException.class, r::run).field();
    }

    @Test
    void goalRowsKeepTheGoalsOrderAndTitlesAndLeaveUnwrittenGoalsBlank() {
        List<OperationRow> rows = FormRules.operations(GOALS, List.of(op(2, "  完成  ", true, 8.5)));
        assertEquals(List.of(1L, 2L), rows.stream().map(OperationRow::goalId).toList());
        assertNull(rows.get(0).done());
        assertEquals("完成", rows.get(1).done());
        assertEquals("目标二", rows.get(1).goalTitle());
        assertEquals(List.of(5L), rows.get(1).fileIds());
    }

    @Test
    void aRowOutsideTheGoalsOrTwiceIsRefusedAtItsField() {
        assertEquals("input.operations[0].goalId", field(() -> FormRules.operations(GOALS, List.of(op(9, "x", true, 1.0)))));
        assertEquals("input.operations[1].goalId", field(() -> FormRules.operations(GOALS, List.of(op(1, "x", true, 1.0), op(1, "y", true, 1.0)))));
        BoundaryRowInput b = new BoundaryRowInput();
        b.listItemId = 8L;
        assertEquals("input.boundaries[0].listItemId", field(() -> FormRules.boundaries(ITEMS, List.of(b))));
    }

    @Test
    void aRowNamingAFileTheUnitDoesNotOwnIsRefusedAtThatRowsFiles() {
        OperationRowInput none = op(1, "x", true, 1.0);
        none.fileIds = null;
        OperationRowInput mixed = op(2, "y", true, 1.0);
        mixed.fileIds = List.of(5L, 6L);
        assertEquals(Set.of(5L, 6L), FormRules.fileIds(List.of(none, mixed)));
        assertDoesNotThrow(() -> FormRules.requireOwnFiles(List.of(none, mixed), Set.of(5L, 6L)));
        assertDoesNotThrow(() -> FormRules.requireOwnFiles(null, Set.of()));
        assertEquals("input.operations[1].fileIds", field(() -> FormRules.requireOwnFiles(List.of(none, mixed), Set.of(5L))));
        assertEquals("input.operations[0].fileIds", field(() -> FormRules.requireOwnFiles(List.of(op(1, "x", true, 1.0)), Set.of())));
    }

    @Test
    void boundaryRowsKeepTheCasesFromTheData() {
        BoundaryRowInput b = new BoundaryRowInput();
        b.listItemId = 7L;
        b.performance = "牵头处置";
        BoundaryRow row = FormRules.boundaries(ITEMS, List.of(b)).get(0);
        assertEquals(3, row.casesHandled());
        assertEquals("牵头处置", row.performance());
        assertEquals(BoundaryRole.LEAD, row.role());
    }

    @ParameterizedTest(name = "{0} from {1} to {2} duty {3} name {4}: refused at {5}")
    @CsvSource(nullValues = "-", value = {
            "MOVE,   10, 11, 100, -,    -",
            "MOVE,   10, 10, 100, -,    input.suggestions[0].toOfficeId",
            "MOVE,   10, 11, 110, -,    input.suggestions[0].dutyItemId",
            "MOVE,   99, 11, 100, -,    input.suggestions[0].fromOfficeId",
            "MOVE,   10, -,  100, -,    input.suggestions[0].toOfficeId",
            "ADD,    -,  11, -,   新职责, -",
            "ADD,    -,  11, -,   ' ',  input.suggestions[0].dutyName",
            "ADD,    -,  99, -,   新职责, input.suggestions[0].toOfficeId",
            "CANCEL, 11, -,  110, -,    -",
            "CANCEL, 11, -,  -,   -,    input.suggestions[0].dutyItemId"})
    void suggestionsNameTheUnitsOwnOfficesAndDuties(SuggestionKind kind, Long from, Long to, Long duty, String name, String refusedAt) {
        List<SuggestionInput> in = List.of(suggestion(kind, from, to, duty, name));
        if (refusedAt == null) {
            assertEquals(1, FormRules.suggestions(OFFICES, in).size());
        } else {
            assertEquals(refusedAt, field(() -> FormRules.suggestions(OFFICES, in)));
        }
    }

    @Test
    void aMovedDutyIsNamedFromTheList() {
        var s = FormRules.suggestions(OFFICES, List.of(suggestion(SuggestionKind.MOVE, 10L, 11L, 100L, "随便"))).get(0);
        assertEquals("文电处理", s.dutyName());
        assertEquals("办公室", s.fromOfficeName());
        assertEquals("执法科", s.toOfficeName());
    }

    @Test
    void rowsOfAnotherFormAreRefused() {
        assertEquals("input.boundaries", field(() -> FormRules.requireOwnKind(SubmissionForm.OPERATION_RESULTS, false, true, false)));
        assertEquals("input.operations", field(() -> FormRules.requireOwnKind(SubmissionForm.OFFICE_SUGGESTIONS, true, false, false)));
        assertDoesNotThrow(() -> FormRules.requireOwnKind(SubmissionForm.BOUNDARY_PERFORMANCE, false, true, false));
    }

    @Test
    void theCurrentFormFollowsTheGoalsAndDropsRowsOfWithdrawnOnes() {
        FormContent draft = new FormContent(List.of(new OperationRow(2, "旧标题", null, "做了", null, true, BigDecimal.ONE, List.of()),
                new OperationRow(3, "已撤回", null, "x", null, true, BigDecimal.ONE, List.of())), List.of(), List.of());
        FormContent now = FormRules.current(SubmissionForm.OPERATION_RESULTS, draft, GOALS, List.of());
        assertEquals(2, now.operations().size());
        assertEquals("目标二", now.operations().get(1).goalTitle());
        assertEquals("做了", now.operations().get(1).done());
        assertEquals(3, FormRules.current(SubmissionForm.BOUNDARY_PERFORMANCE, null, List.of(), ITEMS).boundaries().get(0).casesHandled());
    }

    @Test
    void aFormIsCompleteWhenEveryRowIsFilled() {
        List<OperationRow> rows = FormRules.operations(GOALS, List.of(op(1, "做了", true, 5.0), op(2, "做了", null, 5.0)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> FormRules.requireComplete(new FormContent(rows, List.of(), List.of())));
        assertEquals("input.submissionId", e.field());
        assertEquals(true, e.getMessage().contains("第2行（目标二）"));
        assertDoesNotThrow(() -> FormRules.requireComplete(new FormContent(FormRules.operations(GOALS,
                List.of(op(1, "做了", true, 5.0), op(2, "做了", false, 2.5))), List.of(), List.of())));
        assertThrows(ValidationException.class, () -> FormRules.requireComplete(new FormContent(List.of(), ITEMS, List.of())));
        assertDoesNotThrow(() -> FormRules.requireComplete(FormContent.EMPTY));
    }

    @Test
    void aReturnNeedsACommentOnTheWholeOrAnExistingRow() {
        RowCommentInput c = new RowCommentInput();
        c.row = 2;
        c.comment = "数据有误";
        assertEquals("input.comment", field(() -> FormRules.requireComments(true, " ", List.of(), 2)));
        assertEquals("input.rowComments[0].row", field(() -> FormRules.requireComments(true, null, List.of(c), 2)));
        c.row = 1;
        assertDoesNotThrow(() -> FormRules.requireComments(true, null, List.of(c), 2));
        assertDoesNotThrow(() -> FormRules.requireComments(false, null, null, 2));
    }

    @Test
    void anAcceptedOperationFormFeedsItsTotalAndTheShareOfGoalsMet() {
        FormContent c = new FormContent(FormRules.operations(GOALS, List.of(op(1, "做了", true, 5.5), op(2, "做了", false, 2.25))),
                List.of(), List.of());
        assertEquals(new BigDecimal("7.75"), FormRules.totalSelfScore(c));
        assertEquals(new BigDecimal("0.5000"), FormRules.metShare(c).orElseThrow());
        assertEquals(true, FormRules.metShare(FormContent.EMPTY).isEmpty());
    }
}

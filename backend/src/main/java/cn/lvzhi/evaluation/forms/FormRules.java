package cn.lvzhi.evaluation.forms;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRow;
import cn.lvzhi.evaluation.forms.FormContent.OperationRow;
import cn.lvzhi.evaluation.forms.FormContent.Suggestion;
import cn.lvzhi.evaluation.forms.inputs.BoundaryRowInput;
import cn.lvzhi.evaluation.forms.inputs.OperationRowInput;
import cn.lvzhi.evaluation.forms.inputs.ReviewEvaluationFormInput.RowCommentInput;
import cn.lvzhi.evaluation.forms.inputs.SuggestionInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of the “1+3” forms' content (pure, table-tested in {@code FormRulesTest}): a form holds rows of its own
 * kind only; form (1) a row per published goal and form (2) a row per boundary item naming the unit — each at most
 * once, never one outside them; a suggestion names the unit's own offices and duties as its kind needs; a form is
 * complete when every goal row says what was done, whether it was met and its self-score, and every boundary row how
 * the unit performed its part. What an accepted form (1) feeds: the sum of its self-scores and the share of goals met.
 */
public final class FormRules {
    private FormRules() {
    }

    /** Refuses rows of another form's kind (VALIDATION at the list). */
    public static void requireOwnKind(SubmissionForm form, boolean operations, boolean boundaries, boolean suggestions) {
        if (operations && form != SubmissionForm.OPERATION_RESULTS) {
            throw new ValidationException("input.operations", otherKind(form));
        }
        if (boundaries && form != SubmissionForm.BOUNDARY_PERFORMANCE) {
            throw new ValidationException("input.boundaries", otherKind(form));
        }
        if (suggestions && form != SubmissionForm.OFFICE_SUGGESTIONS) {
            throw new ValidationException("input.suggestions", otherKind(form));
        }
    }

    private static String otherKind(SubmissionForm form) {
        return "本表为" + FormLabels.of(form) + "，不能填写其他表的内容 (rows of another form)";
    }

    /** The goal rows as written, in the goals' order; a goal not written keeps its blank row. */
    public static List<OperationRow> operations(List<OperationRow> goals, List<OperationRowInput> in) {
        Map<Long, OperationRowInput> written = keyed(in, r -> r.goalId, goals.stream().map(OperationRow::goalId).toList(),
                "input.operations", "goalId", "不是本单位本年度已发布的履职目标 (not a published goal of the unit for the year)");
        return goals.stream().map(g -> {
            OperationRowInput r = written.get(g.goalId());
            return r == null ? g : new OperationRow(g.goalId(), g.goalTitle(), g.target(), blankToNull(r.done), r.figure, r.met,
                    r.selfScore, r.fileIds == null ? List.of() : r.fileIds.stream().distinct().toList());
        }).toList();
    }

    /** The files each row names, all together (what the unit must own). */
    public static Set<Long> fileIds(List<OperationRowInput> in) {
        Set<Long> ids = new HashSet<>();
        (in == null ? List.<OperationRowInput>of() : in).forEach(r -> ids.addAll(r.fileIds == null ? List.of() : r.fileIds));
        return ids;
    }

    /** Refuses a row naming a file the unit did not upload (VALIDATION at that row's files; a missing id is not owned). */
    public static void requireOwnFiles(List<OperationRowInput> in, Set<Long> owned) {
        for (int i = 0; i < (in == null ? 0 : in.size()); i++) {
            List<Long> ids = in.get(i).fileIds;
            if (ids != null && !owned.containsAll(ids)) {
                throw new ValidationException("input.operations[" + i + "].fileIds", EvaluationFiles.NOT_OWNED);
            }
        }
    }

    /** The boundary rows as written, in the items' order, each with the cases from the data. */
    public static List<BoundaryRow> boundaries(List<BoundaryRow> items, List<BoundaryRowInput> in) {
        Map<Long, BoundaryRowInput> written = keyed(in, r -> r.listItemId, items.stream().map(BoundaryRow::listItemId).toList(),
                "input.boundaries", "listItemId", "不是列明本单位的职责边界事项 (not a boundary item naming the unit)");
        return items.stream().map(b -> {
            BoundaryRowInput r = written.get(b.listItemId());
            return r == null ? b : new BoundaryRow(b.listItemId(), b.itemCode(), b.itemName(), b.role(), blankToNull(r.performance),
                    b.casesHandled(), b.caseCodes(), blankToNull(r.problems));
        }).toList();
    }

    private static <T> Map<Long, T> keyed(List<T> in, Function<T, Long> key, List<Long> allowed, String list, String field,
                                          String unknown) {
        Map<Long, T> out = new HashMap<>();
        Set<Long> known = new HashSet<>(allowed);
        for (int i = 0; i < (in == null ? 0 : in.size()); i++) {
            Long k = key.apply(in.get(i));
            String at = list + "[" + i + "]." + field;
            if (!known.contains(k)) {
                throw new ValidationException(at, unknown);
            }
            if (out.put(k, in.get(i)) != null) {
                throw new ValidationException(at, "同一事项重复填写 (listed twice)");
            }
        }
        return out;
    }

    /** The suggestions, each naming the unit's own offices and duties as its kind needs. */
    public static List<Suggestion> suggestions(List<FormOffice> offices, List<SuggestionInput> in) {
        Map<Long, FormOffice> byId = new HashMap<>();
        offices.forEach(o -> byId.put(o.id(), o));
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < (in == null ? 0 : in.size()); i++) {
            SuggestionInput s = in.get(i);
            String at = "input.suggestions[" + i + "]";
            boolean from = s.kind != FormContent.SuggestionKind.ADD;
            boolean to = s.kind != FormContent.SuggestionKind.CANCEL;
            FormOffice fromOffice = from ? office(byId, s.fromOfficeId, at + ".fromOfficeId") : null;
            FormOffice toOffice = to ? office(byId, s.toOfficeId, at + ".toOfficeId") : null;
            String dutyName;
            Long dutyId = null;
            if (from) {
                FormOffice.Duty duty = fromOffice.duties().stream().filter(d -> s.dutyItemId != null && d.itemId() == s.dutyItemId)
                        .findFirst().orElseThrow(() -> new ValidationException(at + ".dutyItemId",
                                "须选择该科室已发布的职责任务 (a published duty task of the office)"));
                dutyId = duty.itemId();
                dutyName = duty.name();
            } else {
                dutyName = blankToNull(s.dutyName);
                if (dutyName == null) {
                    throw new ValidationException(at + ".dutyName", "新增职责须填写职责名称 (the new duty's name)");
                }
            }
            if (fromOffice != null && toOffice != null && fromOffice.id() == toOffice.id()) {
                throw new ValidationException(at + ".toOfficeId", "调入科室须不同于调出科室 (another office)");
            }
            out.add(new Suggestion(s.kind, fromOffice == null ? null : fromOffice.id(), fromOffice == null ? null : fromOffice.name(),
                    toOffice == null ? null : toOffice.id(), toOffice == null ? null : toOffice.name(), dutyId, dutyName, s.reason));
        }
        return out;
    }

    private static FormOffice office(Map<Long, FormOffice> byId, Long id, String field) {
        FormOffice o = id == null ? null : byId.get(id);
        if (o == null) {
            throw new ValidationException(field, "须选择本单位的内设机构 (an internal office of the unit)");
        }
        return o;
    }

    /** What the form shows now: the draft's rows over the current goals or items (whose cases are always live). */
    public static FormContent current(SubmissionForm form, FormContent draft, List<OperationRow> goals, List<BoundaryRow> items) {
        FormContent d = draft == null ? FormContent.EMPTY : draft;
        return switch (form) {
            case OPERATION_RESULTS -> new FormContent(goals.stream().map(g -> d.operations().stream()
                    .filter(r -> r.goalId() == g.goalId()).findFirst()
                    .map(r -> new OperationRow(g.goalId(), g.goalTitle(), g.target(), r.done(), r.figure(), r.met(), r.selfScore(), r.fileIds()))
                    .orElse(g)).toList(), List.of(), List.of());
            case BOUNDARY_PERFORMANCE -> new FormContent(List.of(), items.stream().map(b -> d.boundaries().stream()
                    .filter(r -> r.listItemId() == b.listItemId()).findFirst()
                    .map(r -> new BoundaryRow(b.listItemId(), b.itemCode(), b.itemName(), b.role(), r.performance(), b.casesHandled(),
                            b.caseCodes(), r.problems()))
                    .orElse(b)).toList(), List.of());
            default -> new FormContent(List.of(), List.of(), d.suggestions());
        };
    }

    /** Refuses an incomplete form (VALIDATION at the submission, naming the rows to finish). */
    public static void requireComplete(FormContent c) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < c.operations().size(); i++) {
            OperationRow r = c.operations().get(i);
            if (r.done() == null || r.met() == null || r.selfScore() == null) {
                missing.add("第" + (i + 1) + "行（" + r.goalTitle() + "）");
            }
        }
        for (int i = 0; i < c.boundaries().size(); i++) {
            if (c.boundaries().get(i).performance() == null) {
                missing.add("第" + (i + 1) + "行（" + c.boundaries().get(i).itemName() + "）");
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException("input.submissionId", "以下行尚未填写完整：" + String.join("、", missing)
                    + " (every row needs its entries before submitting)");
        }
    }

    /** Checks 编办's row comments against the version's rows; a return needs a comment, whole or on a row. */
    public static void requireComments(boolean returning, String comment, List<RowCommentInput> rows, int rowCount) {
        for (int i = 0; i < (rows == null ? 0 : rows.size()); i++) {
            int row = rows.get(i).row;
            if (row < 0 || row >= rowCount) {
                throw new ValidationException("input.rowComments[" + i + "].row", "该版本没有第 " + (row + 1) + " 行 (no such row)");
            }
        }
        if (returning && blankToNull(comment) == null && (rows == null || rows.isEmpty())) {
            throw new ValidationException("input.comment", "退回须说明意见（整体或逐行） (a return needs a comment)");
        }
    }

    /** The total self-score of form (1): the sum of its rows'. */
    public static BigDecimal totalSelfScore(FormContent c) {
        return c.operations().stream().map(OperationRow::selfScore).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The share of form (1)'s goals met (0–1, four decimals), or empty without goals. */
    public static Optional<BigDecimal> metShare(FormContent c) {
        if (c.operations().isEmpty()) {
            return Optional.empty();
        }
        long met = c.operations().stream().filter(r -> Boolean.TRUE.equals(r.met())).count();
        return Optional.of(BigDecimal.valueOf(met).divide(BigDecimal.valueOf(c.operations().size()), 4, RoundingMode.HALF_UP));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

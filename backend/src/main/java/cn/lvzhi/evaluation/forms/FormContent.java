package cn.lvzhi.evaluation.forms;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a “1+3” form holds (stored as JSON with each draft and version): the rows of its own kind — (1) 年度职能运行成效表
 * one per published goal, (2) 部门间职责边界履职表 one per boundary item, (3) 内设机构职责调整建议表 the suggestions; the
 * other two lists are empty.
 */
@Type("EvaluationFormContent")
public record FormContent(@NonNull List<@NonNull OperationRow> operations, @NonNull List<@NonNull BoundaryRow> boundaries,
                          @NonNull List<@NonNull Suggestion> suggestions) {

    public static final FormContent EMPTY = new FormContent(List.of(), List.of(), List.of());

    public FormContent {
        operations = operations == null ? List.of() : List.copyOf(operations);
        boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** How many rows the form has. */
    public int size() {
        return operations.size() + boundaries.size() + suggestions.size();
    }

    /** (1) One published goal: what was done, the figure reached, whether the target was met, evidence, self-score. */
    @Type("OperationResultRow")
    public record OperationRow(@NonNull @Id long goalId, @NonNull String goalTitle, String target, String done,
                               BigDecimal figure, @Description("目标是否完成") Boolean met, BigDecimal selfScore,
                               @NonNull @Id List<@NonNull Long> fileIds) {
        public OperationRow {
            fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
        }
    }

    /**
     * (2) One boundary item the unit is party to: its part (LEAD or COOPERATING), how it performed it, the cases filed
     * under the item that reached it in the period (computed from the case data, never typed), problems with the
     * other party.
     */
    @Type("BoundaryPerformanceRow")
    public record BoundaryRow(@NonNull @Id long listItemId, @NonNull String itemCode, @NonNull String itemName,
                              @NonNull BoundaryRole role, String performance, @NonNull int casesHandled,
                              @NonNull List<@NonNull String> caseCodes, String problems) {
        public BoundaryRow {
            caseCodes = caseCodes == null ? List.of() : List.copyOf(caseCodes);
        }
    }

    /**
     * (3) A suggestion on internal office duties: MOVE a duty (职责任务) from one office to another, ADD a duty to an
     * office, or CANCEL one, with the reason.
     */
    @Type("OfficeDutySuggestion")
    public record Suggestion(@NonNull SuggestionKind kind, @Id Long fromOfficeId, String fromOfficeName, @Id Long toOfficeId,
                             String toOfficeName, @Id Long dutyItemId, @NonNull String dutyName, @NonNull String reason) {
    }

    /** The unit's part in a boundary item. */
    public enum BoundaryRole {
        /** 牵头单位. */
        LEAD,
        /** 协同（配合）单位. */
        COOPERATING
    }

    /** What a suggestion asks for. */
    public enum SuggestionKind {
        /** 调整（划转）: the duty moves from one office to another. */
        MOVE,
        /** 增加: a new duty for an office. */
        ADD,
        /** 取消: the duty is cancelled. */
        CANCEL
    }
}

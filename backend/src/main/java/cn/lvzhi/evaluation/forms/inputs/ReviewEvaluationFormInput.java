package cn.lvzhi.evaluation.forms.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * 编办's review of the submitted version of a “1+3” form: ACCEPT or RETURN (a return needs a comment, whole or on a
 * row), problems raised for the ledger, and for an accepted 年度职能运行成效表 the indicator it feeds.
 */
@Input("ReviewEvaluationFormInput")
public class ReviewEvaluationFormInput {
    /** 编办's decision. */
    public enum FormReviewDecision {
        ACCEPT,
        RETURN
    }

    @NonNull @Id public Long submissionId;
    @NonNull @Description("The submission's version read; a stale one is a CONFLICT")
    public Integer version;
    @NonNull public FormReviewDecision decision;
    @Text(label = "审核意见", max = 2000, required = false)
    public String comment;
    @Size(max = 200, message = "最多 200 条逐行意见 (at most 200 row comments)")
    public List<@NonNull @Valid RowCommentInput> rowComments;
    @Size(max = 50, message = "一次最多提出 50 个问题 (at most 50 problems)")
    public List<@NonNull @Valid FormProblemInput> problems;
    @Description("ACCEPT of an OPERATION_RESULTS form: the SELF_REPORT or MANUAL indicator of the round's scheme whose "
            + "self-assessment entry takes the form's total self-score (and, for SELF_REPORT, the share of goals met)")
    @Text(label = "对应指标", max = 40, required = false, singleLine = true)
    public String indicatorCode;

    /** A comment on one row of the version (0-based). */
    @Input("EvaluationFormRowCommentInput")
    public static class RowCommentInput {
        @NonNull public Integer row;
        @NonNull @Text(label = "逐行意见", max = 2000)
        public String comment;
    }

    /** A problem found in the form, optionally on one row (its goal or list item is named on the ledger). */
    @Input("EvaluationFormProblemInput")
    public static class FormProblemInput {
        public Integer row;
        @NonNull @Text(label = "问题描述", max = 2000)
        public String description;
    }
}

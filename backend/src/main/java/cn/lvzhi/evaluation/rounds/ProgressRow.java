package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One unit's line of 编办's progress panel (报送进度): each form's status and deadlines, what is overdue, letters sent. */
@Type("EvaluationProgressRow")
public record ProgressRow(@NonNull Unit unit, @NonNull EvaluationCategory category,
                          @NonNull List<@NonNull Submission> submissions,
                          @NonNull @Description("Forms past their due time and not submitted") List<@NonNull SubmissionForm> overdue,
                          @NonNull @Description("Forms submitted after their due time") int lateCount,
                          @NonNull @Description("Reminder letters issued to the unit in this round") int lettersSent) {
}

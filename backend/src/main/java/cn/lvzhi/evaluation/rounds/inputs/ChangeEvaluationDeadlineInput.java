package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** Change one unit's deadlines of one form (调整报送时限), with the reason. */
@Input("ChangeEvaluationDeadlineInput")
public class ChangeEvaluationDeadlineInput {
    @NonNull @Id public Long submissionId;
    @NonNull public Integer version;
    @NonNull public OffsetDateTime dueAt;
    @NonNull public OffsetDateTime locksAt;
    @NonNull @Text(label = "调整理由", max = 1000) public String reason;
}

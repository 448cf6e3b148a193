package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.evaluation.EvaluationStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** Move a round to its next stage (推进评估阶段). */
@Input("AdvanceEvaluationRoundInput")
public class AdvanceEvaluationRoundInput {
    @NonNull @Id public Long roundId;
    @NonNull public Integer version;
    @NonNull @Description("The stage entered: must be the one right after the current") public EvaluationStage stage;
    @Description("Required when entering REPLY: units may reply until then") public OffsetDateTime replyClosesAt;
}

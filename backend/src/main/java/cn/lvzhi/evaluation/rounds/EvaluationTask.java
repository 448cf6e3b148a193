package cn.lvzhi.evaluation.rounds;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What the caller's unit must submit in a round, and by when (报送任务). */
@Type("EvaluationTask")
public record EvaluationTask(@NonNull EvaluationRound round, @NonNull Submission submission,
                             @NonNull @Description("Past the due time (submitted late, or still missing)") boolean late,
                             @NonNull @Description("Past the lock: nothing is accepted any more") boolean locked) {
}

package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.results.inputs.RaiseEvaluationProblemInput;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** GraphQL entry for evaluation results (评估结果): results, a unit's breakdown, the dashboard, problems raised. */
@GraphQLApi
@Authenticated
@ApiErrors
public class ResultsGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final ResultsReads reads;
    private final ProblemService problems;

    public ResultsGraphQLApi(CurrentScopedActor currentActor, ResultsReads reads, ProblemService problems) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.problems = problems;
    }

    @Query("evaluationResultRounds")
    @NonNull
    @Description("The rounds of the caller's region whose results it may see, newest first")
    public Uni<List<@NonNull EvaluationRound>> evaluationResultRounds() {
        return currentActor.get().chain(reads::rounds);
    }

    @Query("evaluationResults")
    @NonNull
    @Description("A round's results per unit (provisional until published), ranked within category; a unit sees its own "
            + "from the reply stage on and others' once published")
    public Uni<EvaluationResultList> evaluationResults(@NonNull @Id Long roundId, EvaluationCategory category) {
        return currentActor.get().chain(a -> reads.results(a, roundId, category));
    }

    @Query("evaluationResult")
    @NonNull
    @Description("A unit's result with the full breakdown: every indicator, the rule, the figure, the reason")
    public Uni<EvaluationUnitResult> evaluationResult(@NonNull @Id Long roundId, @NonNull @Id Long unitId) {
        return currentActor.get().chain(a -> reads.result(a, roundId, unitId));
    }

    @Query("evaluationDashboard")
    @NonNull
    @Description("The leaders' dashboard of a round (编办 and leaders)")
    public Uni<EvaluationDashboard> evaluationDashboard(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.dashboard(a, roundId));
    }

    @Query("evaluationImportBodies")
    @NonNull
    @Description("The source bodies of the round's imported indicators whose figures the caller may import")
    public Uni<List<@NonNull String>> evaluationImportBodies(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.importBodies(a, roundId));
    }

    @Mutation("raiseEvaluationProblem")
    @NonNull
    @Description("Raise a problem found in a unit's result for the rectification ledger (编办)")
    public Uni<RaiseEvaluationProblemPayload> raiseEvaluationProblem(@NonNull RaiseEvaluationProblemInput input) {
        return currentActor.get().chain(a -> problems.raise(a, input)).map(RaiseEvaluationProblemPayload::new);
    }
}

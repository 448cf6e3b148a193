package cn.lvzhi.evaluation.computations;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.computations.inputs.ComputeEvaluationFiguresInput;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for computed figures (平台数据计算) and the rows behind them. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class ComputationGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final RoundFigures figures;
    private final EvidenceReads evidence;

    public ComputationGraphQLApi(CurrentScopedActor currentActor, RoundFigures figures, EvidenceReads evidence) {
        this.currentActor = currentActor;
        this.figures = figures;
        this.evidence = evidence;
    }

    @Mutation("computeEvaluationFigures")
    @NonNull
    @Description("Compute every computed indicator of a round for its units (the establishment office of the region);"
            + " replaces the figures and their evidence rows; CONFLICT once the round is published")
    public Uni<RoundFiguresResult> computeEvaluationFigures(@NonNull ComputeEvaluationFiguresInput input) {
        return currentActor.get().chain(a -> figures.compute(a, input.roundId));
    }

    @Query("evaluationEvidence")
    @NonNull
    @Description("The rows behind a score's computed figure, in order (first: 1..200, default 50); NOT_FOUND unless the"
            + " caller sees the score's figure")
    public Uni<EvidenceConnection> evaluationEvidence(@NonNull @Id Long scoreId, Integer first, String after) {
        return currentActor.get().chain(a -> evidence.evidence(a, scoreId, first, after));
    }
}

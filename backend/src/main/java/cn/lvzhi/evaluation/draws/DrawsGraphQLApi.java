package cn.lvzhi.evaluation.draws;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.draws.DrawViews.DrawPayload;
import cn.lvzhi.evaluation.draws.inputs.CancelEvaluationDrawInput;
import cn.lvzhi.evaluation.draws.inputs.ChangeEvaluationDrawInput;
import cn.lvzhi.evaluation.draws.inputs.CreateEvaluationDrawInput;
import cn.lvzhi.evaluation.draws.inputs.DrawStepInput;
import cn.lvzhi.evaluation.draws.inputs.SaveDrawInspectorInput;
import cn.lvzhi.evaluation.draws.inputs.SeedEvaluationDrawInput;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for 双随机 draws (抽查) and the inspector register (察访人员库). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class DrawsGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final DrawReads reads;
    private final DrawService draws;
    private final InspectorRegister register;

    public DrawsGraphQLApi(CurrentScopedActor currentActor, DrawReads reads, DrawService draws, InspectorRegister register) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.draws = draws;
        this.register = register;
    }

    @Query("evaluationDraws")
    @NonNull
    @Description("The draws of a round the caller sees, newest first (a unit: the DRAWN draws that took it)")
    public Uni<DrawViews.DrawConnection> evaluationDraws(@NonNull @Id Long roundId, Integer first, String after) {
        return currentActor.get().chain(a -> reads.draws(a, roundId, first, after));
    }

    @Query("evaluationDraw")
    @NonNull
    public Uni<DrawViews.DrawView> evaluationDraw(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.draw(a, id));
    }

    @Query("verifyDraw")
    @NonNull
    @Description("Recomputes the draw from its stored inputs and compares each step with the stored result")
    public Uni<DrawViews.Verification> verifyDraw(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.verify(a, id));
    }

    @Query("drawInspectors")
    @NonNull
    @Description("The region's inspector register (察访人员库) by code: 编办 and leaders")
    public Uni<DrawViews.InspectorConnection> drawInspectors(Integer first, String after) {
        return currentActor.get().chain(a -> register.list(a, first, after));
    }

    @Mutation("createEvaluationDraw")
    @NonNull
    public Uni<DrawPayload> createEvaluationDraw(@NonNull @Valid CreateEvaluationDrawInput input) {
        return currentActor.get().chain(a -> draws.create(a, input).chain(d -> shown(a, d.id)));
    }

    @Mutation("changeEvaluationDraw")
    @NonNull
    public Uni<DrawPayload> changeEvaluationDraw(@NonNull @Valid ChangeEvaluationDrawInput input) {
        return currentActor.get().chain(a -> draws.change(a, input).chain(d -> shown(a, d.id)));
    }

    @Mutation("freezeEvaluationDraw")
    @NonNull
    @Description("Freezes the candidate lists and shows their hash, before any seed exists")
    public Uni<DrawPayload> freezeEvaluationDraw(@NonNull @Valid DrawStepInput input) {
        return currentActor.get().chain(a -> draws.freeze(a, input).chain(d -> shown(a, d.id)));
    }

    @Mutation("seedEvaluationDraw")
    @NonNull
    public Uni<DrawPayload> seedEvaluationDraw(@NonNull @Valid SeedEvaluationDrawInput input) {
        return currentActor.get().chain(a -> draws.seed(a, input).chain(d -> shown(a, d.id)));
    }

    @Mutation("runEvaluationDraw")
    @NonNull
    public Uni<DrawPayload> runEvaluationDraw(@NonNull @Valid DrawStepInput input) {
        return currentActor.get().chain(a -> draws.run(a, input).chain(d -> shown(a, d.id)));
    }

    @Mutation("cancelEvaluationDraw")
    @NonNull
    public Uni<DrawPayload> cancelEvaluationDraw(@NonNull @Valid CancelEvaluationDrawInput input) {
        return currentActor.get().chain(a -> draws.cancel(a, input).chain(d -> shown(a, d.id)));
    }

    @Mutation("saveDrawInspector")
    @NonNull
    public Uni<DrawViews.InspectorPayload> saveDrawInspector(@NonNull @Valid SaveDrawInspectorInput input) {
        return currentActor.get().chain(a -> register.save(a, input)).chain(register::view).map(DrawViews.InspectorPayload::new);
    }

    private Uni<DrawPayload> shown(ScopedActor actor, long drawId) {
        return reads.draw(actor, drawId).map(DrawPayload::new);
    }
}

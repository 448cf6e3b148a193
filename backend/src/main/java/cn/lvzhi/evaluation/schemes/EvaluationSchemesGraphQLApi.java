package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.schemes.inputs.ActivateEvaluationSchemeInput;
import cn.lvzhi.evaluation.schemes.inputs.CreateEvaluationSchemeInput;
import cn.lvzhi.evaluation.schemes.inputs.SaveEvaluationSchemeInput;
import cn.lvzhi.evaluation.schemes.inputs.SupersedeEvaluationSchemeInput;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** GraphQL entry for indicator schemes (评估标准). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class EvaluationSchemesGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final SchemeReads reads;
    private final SchemeService schemes;

    public EvaluationSchemesGraphQLApi(CurrentScopedActor currentActor, SchemeReads reads, SchemeService schemes) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.schemes = schemes;
    }

    @Query("evaluationSchemes")
    @NonNull
    @Description("The region's indicator schemes (评估标准), newest first: every version for 编办 and leaders, those in force or replaced for the units assessed")
    public Uni<EvaluationSchemeConnection> evaluationSchemes(Integer year, Integer first, String after) {
        return currentActor.get().chain(a -> reads.schemes(a, year, first, after));
    }

    @Query("evaluationScheme")
    @NonNull
    public Uni<EvaluationScheme> evaluationScheme(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.scheme(a, id));
    }

    @Query("evaluationComputations")
    @NonNull
    @Description("The computations a computed indicator may name (平台数据计算方法), with their parameters")
    public Uni<List<@NonNull SchemeComputation>> evaluationComputations() {
        return currentActor.get().map(reads::computations);
    }

    @Name("indicators")
    @NonNull
    @Description("The indicators in pre-order (方面 → 指标 → 子指标), each with its depth and last year's counterpart")
    public Uni<List<@NonNull List<@NonNull SchemeIndicator>>> indicators(@Source List<EvaluationScheme> page) {
        return reads.indicators(page);
    }

    @Name("previousScheme")
    @Description("Last year's scheme whose indicators this one's name as counterparts, when the caller sees it")
    public Uni<List<EvaluationScheme>> previousScheme(@Source List<EvaluationScheme> page) {
        return currentActor.get().chain(a -> reads.previousSchemes(a, page));
    }

    @Name("usedByRounds")
    @NonNull
    @Description("How many rounds use the scheme; a scheme used by a round never changes again")
    public Uni<List<@NonNull Integer>> usedByRounds(@Source List<EvaluationScheme> page) {
        return reads.roundCounts(page.stream().map(s -> s.id).toList())
                .map(counts -> page.stream().map(s -> counts.getOrDefault(s.id, 0L).intValue()).toList());
    }

    @Name("editable")
    @NonNull
    @Description("Whether the scheme may still be saved: a draft no round uses")
    public Uni<List<@NonNull Boolean>> editable(@Source List<EvaluationScheme> page) {
        return reads.roundCounts(page.stream().map(s -> s.id).toList())
                .map(counts -> page.stream().map(s -> s.status == SchemeStatus.DRAFT && counts.getOrDefault(s.id, 0L) == 0).toList());
    }

    @Mutation("createEvaluationScheme")
    @NonNull
    @Description("编办 creates a scheme version for a year, validated whole (every error listed in extensions.errors)")
    public Uni<EvaluationSchemePayload> createEvaluationScheme(@NonNull CreateEvaluationSchemeInput input) {
        return currentActor.get().chain(a -> schemes.create(a, input)).map(EvaluationSchemePayload::new);
    }

    @Mutation("saveEvaluationScheme")
    @NonNull
    @Description("编办 replaces a draft scheme whole; a scheme in force, replaced or used by a round is refused (CONFLICT)")
    public Uni<EvaluationSchemePayload> saveEvaluationScheme(@NonNull SaveEvaluationSchemeInput input) {
        return currentActor.get().chain(a -> schemes.save(a, input)).map(EvaluationSchemePayload::new);
    }

    @Mutation("activateEvaluationScheme")
    @NonNull
    @Description("编办 puts a draft in force for its year; the version in force before is superseded")
    public Uni<EvaluationSchemePayload> activateEvaluationScheme(@NonNull ActivateEvaluationSchemeInput input) {
        return currentActor.get().chain(a -> schemes.activate(a, input)).map(EvaluationSchemePayload::new);
    }

    @Mutation("supersedeEvaluationScheme")
    @NonNull
    @Description("编办 starts a new version (a draft copied from it) of a scheme that can no longer change")
    public Uni<EvaluationSchemePayload> supersedeEvaluationScheme(@NonNull SupersedeEvaluationSchemeInput input) {
        return currentActor.get().chain(a -> schemes.newVersion(a, input)).map(EvaluationSchemePayload::new);
    }
}

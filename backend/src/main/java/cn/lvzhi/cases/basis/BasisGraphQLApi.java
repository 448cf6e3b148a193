package cn.lvzhi.cases.basis;

import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseBasis;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.DispatchPayload;
import cn.lvzhi.cases.HopBasis;
import cn.lvzhi.cases.inputs.SetCaseBasisInput;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListReads;
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

/** GraphQL entry for cases' legal basis (办理依据): naming it on a hop, the suggestions, and the reports. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class BasisGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final HopBasis basis;
    private final BasisSuggestions suggestions;
    private final BasisReportReads reports;
    private final ListReads lists;

    public BasisGraphQLApi(CurrentScopedActor currentActor, HopBasis basis, BasisSuggestions suggestions, BasisReportReads reports,
                           ListReads lists) {
        this.currentActor = currentActor;
        this.basis = basis;
        this.suggestions = suggestions;
        this.reports = reports;
        this.lists = lists;
    }

    @Mutation("setCaseBasis")
    @NonNull
    @Description("The handler of a hop names, changes or clears its legal basis (办理依据): a published 权责事项 of its department and"
            + " optionally one of its 监管责任; on the case's first-hop lead it is the case's basis too")
    public Uni<DispatchPayload> setCaseBasis(@NonNull SetCaseBasisInput input) {
        return currentActor.get().chain(a -> basis.set(a, input));
    }

    @Query("suggestedBasis")
    @NonNull
    @Description("For the handler of a hop: its department's power items suggested as the basis, best first, each with why")
    public Uni<List<@NonNull BasisSuggestion>> suggestedBasis(@NonNull @Id Long dispatchId) {
        return currentActor.get().chain(a -> suggestions.of(a, dispatchId));
    }

    @Query("basisChoices")
    @NonNull
    @Description("For the handler of a hop: every published power item of its department it may name as the basis, by code")
    public Uni<List<@NonNull ListItem>> basisChoices(@NonNull @Id Long dispatchId) {
        return currentActor.get().chain(a -> suggestions.choices(a, dispatchId));
    }

    @Query("basisReport")
    @NonNull
    @Description("办理依据报表 for a period: powers never exercised, items with the most cases, cases with no basis named")
    public Uni<BasisReport> basisReport(@NonNull BasisReportInput input) {
        return currentActor.get().chain(a -> reports.report(a, input, BasisReportReads.MAX_LISTED));
    }

    @Name("basis")
    @Description("The legal basis (办理依据) the case was handled under: what its lead department named")
    public List<CaseBasis> caseBasis(@Source List<Case> cases) {
        return cases.stream().map(c -> CaseBasis.of(c.namedBasis)).toList();
    }

    @Name("basis")
    @Description("The legal basis (办理依据) the hop's handler named")
    public List<CaseBasis> dispatchBasis(@Source List<Dispatch> dispatches) {
        return dispatches.stream().map(d -> CaseBasis.of(d.namedBasis)).toList();
    }

    @Name("powerItem")
    @NonNull
    @Description("The power item (权责事项) as published now")
    public Uni<List<@NonNull ListItem>> powerItem(@Source List<CaseBasis> bases) {
        List<Long> ids = bases.stream().map(CaseBasis::powerItemId).distinct().toList();
        return lists.itemsByIds(ids).map(byId -> bases.stream().map(b -> byId.get(b.powerItemId())).toList());
    }
}

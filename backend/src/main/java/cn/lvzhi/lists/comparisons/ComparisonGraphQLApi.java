package cn.lvzhi.lists.comparisons;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
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
import java.util.Objects;

/**
 * GraphQL entry for the comparisons of lists: 上下联动 (a county department's power list against a city
 * department's), 两单融合 (service items against power items) and the government-service items. Maps and delegates.
 */
@GraphQLApi
@Authenticated
@ApiErrors
public class ComparisonGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final UnitReads units;
    private final ComparisonService comparisons;
    private final ServiceItemReads serviceItems;

    public ComparisonGraphQLApi(CurrentScopedActor currentActor, UnitReads units, ComparisonService comparisons,
                                ServiceItemReads serviceItems) {
        this.currentActor = currentActor;
        this.units = units;
        this.comparisons = comparisons;
        this.serviceItems = serviceItems;
    }

    @Mutation("runListComparison")
    @NonNull
    @Description("编办 compares a county department's power list with a city department's (上下联动) and stores the report")
    public Uni<ComparisonPayload> runListComparison(@NonNull RunComparisonInput input) {
        return currentActor.get().chain(actor -> comparisons.run(actor, input)).map(ComparisonPayload::new);
    }

    @Mutation("runListFusion")
    @NonNull
    @Description("编办 fuses the service items with the power items (两单融合) of a department or of the whole region (a region government) and stores the report")
    public Uni<ComparisonPayload> runListFusion(@NonNull RunFusionInput input) {
        return currentActor.get().chain(actor -> comparisons.runFusion(actor, input)).map(ComparisonPayload::new);
    }

    @Query("serviceItems")
    @NonNull
    @Description("Government-service items (政务服务事项), by code")
    public Uni<ServiceItemConnection> serviceItems(ServiceItemFilter filter, Integer first, String after) {
        return currentActor.get().chain(actor -> serviceItems.page(filter, first, after));
    }

    @Name("unit")
    @NonNull
    @Description("The implementing unit")
    public Uni<List<@NonNull Unit>> serviceItemUnit(@Source List<ServiceItem> items) {
        return units.byIds(items.stream().map(i -> i.unitId).distinct().toList())
                .map(byId -> items.stream().map(i -> byId.get(i.unitId)).toList());
    }

    @Name("powerItem")
    @Description("The published power item it carries out; none when unlinked or the code names no published item")
    public Uni<List<ListItem>> serviceItemPower(@Source List<ServiceItem> items) {
        return serviceItems.powerItemsByCodes(items.stream().map(i -> i.powerItemCode).filter(Objects::nonNull).distinct().toList())
                .map(byCode -> items.stream().map(i -> i.powerItemCode == null ? null : byCode.get(i.powerItemCode)).toList());
    }

    @Query("listComparison")
    @NonNull
    @Description("A stored comparison report with its differences")
    public Uni<ListComparison> listComparison(@NonNull @Id Long id) {
        return currentActor.get().chain(actor -> comparisons.byId(actor, id));
    }

    @Query("listComparisons")
    @NonNull
    @Description("The newest comparison reports the caller may see, of one kind when given (first: 1..200, default 50)")
    public Uni<List<@NonNull ListComparison>> listComparisons(Integer first, ComparisonKind kind) {
        return currentActor.get().chain(actor -> comparisons.recent(actor, kind, first));
    }

    @Name("rows")
    @NonNull
    @Description("The differences, by catalogue code")
    public Uni<List<@NonNull List<@NonNull ListComparisonRow>>> comparisonRows(@Source List<ListComparison> reports) {
        return comparisons.rows(reports.stream().map(r -> r.id).toList())
                .map(byReport -> reports.stream().map(r -> byReport.getOrDefault(r.id, List.of())).toList());
    }

    @Name("subjectUnit")
    @NonNull
    public Uni<List<@NonNull Unit>> comparisonSubject(@Source List<ListComparison> reports) {
        return units.byIds(reports.stream().map(r -> r.subjectUnitId).distinct().toList())
                .map(byId -> reports.stream().map(r -> byId.get(r.subjectUnitId)).toList());
    }

    @Name("referenceUnit")
    @Description("The city department (上下联动); none for a fusion report")
    public Uni<List<Unit>> comparisonReference(@Source List<ListComparison> reports) {
        return units.byIds(reports.stream().map(r -> r.referenceUnitId).filter(Objects::nonNull).distinct().toList())
                .map(byId -> reports.stream().map(r -> r.referenceUnitId == null ? null : byId.get(r.referenceUnitId)).toList());
    }
}

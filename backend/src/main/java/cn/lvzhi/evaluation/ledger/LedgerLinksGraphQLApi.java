package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.CaseLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.DutyLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.GoalLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.IndicatorLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.ListItemLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.SourceLink;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * What a ledger item concerns, for its page to link back to (关联对象): each null when the item names none or when the
 * caller may not see it under the owning feature's rule.
 */
@GraphQLApi
@Authenticated
@ApiErrors
public class LedgerLinksGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final LedgerLinks links;

    public LedgerLinksGraphQLApi(CurrentScopedActor currentActor, LedgerLinks links) {
        this.currentActor = currentActor;
        this.links = links;
    }

    @Name("goal")
    @Description("The 年度履职目标 it concerns, when the caller sees it")
    public Uni<List<GoalLink>> itemGoal(@Source List<LedgerItem> items) {
        return currentActor.get().chain(a -> links.goals(a, items));
    }

    @Name("indicator")
    @Description("The indicator of its round's scheme it concerns, when the caller sees the scheme")
    public Uni<List<IndicatorLink>> itemIndicator(@Source List<LedgerItem> items) {
        return currentActor.get().chain(a -> links.indicators(a, items));
    }

    @Name("listItem")
    @Description("The list item it concerns, when the caller sees it")
    public Uni<List<ListItemLink>> itemListItem(@Source List<LedgerItem> items) {
        return currentActor.get().chain(a -> links.listItems(a, items));
    }

    @Name("case")
    @Description("The case it concerns, when the caller sees the case (else null: its title does not leak)")
    public Uni<List<CaseLink>> itemCase(@Source List<LedgerItem> items) {
        return currentActor.get().chain(a -> links.cases(a, items));
    }

    @Name("duty")
    @Description("The mandate duty it concerns, when the caller reads mandates")
    public Uni<List<DutyLink>> itemDuty(@Source List<LedgerItem> items) {
        return currentActor.get().chain(a -> links.duties(a, items));
    }

    @Name("source")
    @NonNull
    @Description("What found it, with its row, so the page links to the review, symposium, inquiry letter…")
    public Uni<List<@NonNull SourceLink>> itemSource(@Source List<LedgerItem> items) {
        return links.sources(items);
    }
}

package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A list item of a duty's unit (or its offices) as a candidate link for the duty, most similar wording first. */
@Type("DutyItemSuggestion")
public record ItemSuggestion(@NonNull @Id Long id, @NonNull ListKind kind, @NonNull String code, @NonNull String name,
                             @NonNull ItemStatus status,
                             @NonNull @Description("Trigram similarity of the item's text to the duty's, 0..1 (1: a 职责任务 derived from this duty)") double similarity,
                             @NonNull @Description("Already linked to the duty") boolean linked) {
}

package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/**
 * One 待办 item: what waits for the caller ({@code kind}) on which case, dispatch or appeal, by when, and since when.
 * {@code dispatch} is the dispatch to sign, reply to or rate (for an appeal, the rated one); {@code appeal} only for
 * DECIDE; ACCEPT and DISPATCH name the case alone.
 */
@Type("TodoItem")
public record TodoItem(@NonNull TodoKind kind, @Name("case") @NonNull Case caseFile, Dispatch dispatch, Appeal appeal,
                       @Description("The deadline of this step (签收时限, 办理时限, the case's own), if it has one") OffsetDateTime deadline,
                       @Description("The deadline has passed") @NonNull boolean overdue,
                       @Description("Since when it waits (sent, signed, replied, appealed, reported, accepted)") @NonNull OffsetDateTime since) {
}

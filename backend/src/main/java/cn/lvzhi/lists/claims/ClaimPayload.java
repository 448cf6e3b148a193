package cn.lvzhi.lists.claims;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of claiming or unclaiming: how many items changed, and the unit's figures after it. */
@Type("ClaimPayload")
public record ClaimPayload(@NonNull @Description("Items whose claim changed (0 for a repeated request)") int changed,
                           @NonNull ClaimStat stat) {
}

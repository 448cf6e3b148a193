package cn.lvzhi.lists.claims;

import cn.lvzhi.lists.PowerType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One item of the upper-level catalogue a unit claims from, with the unit's claim. */
@Type("CatalogueEntry")
public record CatalogueEntry(
        @NonNull @Description("通用目录编码") String catalogueCode,
        @NonNull String name,
        @NonNull PowerType powerType,
        @NonNull @Id @Description("The upper-level power item") Long catalogueItemId,
        @NonNull boolean claimed,
        @Description("Why it was unclaimed (取消认领原因)") String unclaimReason) {
}

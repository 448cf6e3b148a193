package cn.lvzhi.lists.claims;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Claimed catalogue items a unit gives up, with the reason (取消认领). */
@Input("UnclaimCatalogueInput")
public class UnclaimCatalogueInput {
    @NonNull
    @Id
    public Long unitId;
    @NonNull
    public List<@NonNull String> catalogueCodes;
    @NonNull
    public String reason;
}

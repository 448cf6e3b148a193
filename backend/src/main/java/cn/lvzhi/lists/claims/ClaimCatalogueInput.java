package cn.lvzhi.lists.claims;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Catalogue items a unit claims (认领), by catalogue code. */
@Input("ClaimCatalogueInput")
public class ClaimCatalogueInput {
    @NonNull
    @Id
    public Long unitId;
    @NonNull
    @Description("Catalogue codes (通用目录编码), 1..500; claiming a claimed item again changes nothing")
    public List<@NonNull String> catalogueCodes;
}

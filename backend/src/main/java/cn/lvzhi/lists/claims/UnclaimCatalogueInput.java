package cn.lvzhi.lists.claims;

import cn.lvzhi.common.validation.Text;
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
    @Text(label = "取消认领的原因", max = 500)
    public String reason;
}

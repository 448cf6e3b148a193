package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A unit the case's list item names for it: the lead (牵头) or a co-operating unit (协同), with its duty. */
@Type("SuggestedHandler")
public record SuggestedHandler(@Id @NonNull Long unitId, @NonNull DispatchRole role, String responsibility) {
}

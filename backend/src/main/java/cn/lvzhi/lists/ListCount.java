package cn.lvzhi.lists;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How many published items a unit has in a list, per power type for the power list (事项数统计). */
@Type("ListCount")
public record ListCount(@NonNull @Id Long unitId, PowerType powerType, @NonNull int count) {
}

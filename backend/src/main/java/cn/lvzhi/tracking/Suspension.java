package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The suspension of a unit's establishment applications (暂停受理), while one of its rectifications is overdue. */
@Type("EstablishmentSuspension")
public record Suspension(@NonNull @Id Long unitId,
                         @NonNull @Description("Are the unit's new applications refused now?") boolean suspended,
                         @Description("Why, while suspended: names the round and the overdue rectification (the refusal's text)")
                         String reason) {
}

package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of changing a unit's staffing (编制): the new figures and the change recorded. */
@Type("StaffingPayload")
public record StaffingPayload(@NonNull Staffing staffing, @NonNull StaffingChange change) {
}

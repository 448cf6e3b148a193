package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Results of the mandate mutations. */
public final class Payloads {
    private Payloads() {
    }

    @Type("DutyPayload")
    public record DutyPayload(@NonNull Duty duty) {
    }

    @Type("RemoveDutyPayload")
    public record RemoveDutyPayload(@NonNull @Id Long removedId) {
    }

    @Type("StaffingPayload")
    public record StaffingPayload(@NonNull Staffing staffing, @NonNull StaffingChange change) {
    }
}

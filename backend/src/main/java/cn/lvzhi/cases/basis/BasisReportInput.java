package cn.lvzhi.cases.basis;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The question of the legal-basis reports: one department (or all the caller reads) and a period of dispatch times. */
@Input("BasisReportInput")
public class BasisReportInput {
    @Id
    @Description("The department; absent for every department the caller reads (a department: its own)")
    public Long unitId;
    @NonNull
    @Description("Hops sent at or after this time")
    public OffsetDateTime from;
    @NonNull
    @Description("Hops sent before this time")
    public OffsetDateTime to;
}

package cn.lvzhi.cases.stats;

import cn.lvzhi.cases.CaseStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/** The command-centre board (指挥大屏): a snapshot of the open work in the caller's scope. */
@Type("CaseBoard")
public record CaseBoard(
        @NonNull @Description("The server time of the snapshot") OffsetDateTime snapshotAt,
        @NonNull @Description("Open cases (not closed or cancelled) by status") List<@NonNull StatusCount> openByStatus,
        @Description("Open dispatches flagged overdue (超期)") int overdueDispatches,
        @Description("Cases waiting to be accepted (待受理)") int awaitingAcceptance,
        @Description("Cases in dispute (职责争议)") int disputed,
        @Description("Cases reported today (Asia/Shanghai)") int newToday,
        @Description("Cases closed today (Asia/Shanghai)") int closedToday) {

    @Type("CaseStatusCount")
    public record StatusCount(@NonNull CaseStatus status, int count) {
    }
}

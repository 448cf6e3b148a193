package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.mandates.Duty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One duty of a department's mandate in a round: the duty, 编办's finding on it and, for 取消/加强 duties, the follow-up. */
@Type("SandingDuty")
public record SandingDuty(@NonNull Duty duty, @Description("Not yet recorded when absent") DutyFinding finding,
                          @Description("Only for cancelled (取消) and strengthened (加强) duties") DutyFollowUp followUp) {
}

package cn.lvzhi.disputes;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Record a meeting or opinion at the current rung (会议纪要、协调意见). */
@Input("RecordDisputeStepInput")
public class RecordDisputeStepInput {
    @Id
    @NonNull
    public Long disputeId;
    @NonNull
    @Description("The rung the caller acts at; must be the current one")
    public DisputeRung rung;
    @NonNull
    @Description("Minutes or opinion")
    @Text(label = "会议纪要或协调意见", max = 5000)
    public String minutes;
    @Description("Who took part (names as text)")
    @Text(label = "参加人员", max = 1000, required = false)
    public String participants;
}

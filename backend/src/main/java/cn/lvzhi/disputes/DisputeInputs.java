package cn.lvzhi.disputes;

import cn.lvzhi.common.validation.Name;
import cn.lvzhi.common.validation.Text;
import cn.lvzhi.lists.ItemDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The inputs of the dispute mutations; each names the rung the caller acts at, so a stale view is a CONFLICT. */
public final class DisputeInputs {
    private DisputeInputs() {
    }

    /** Record a meeting or opinion at the current rung (会议纪要、协调意见). */
    @Input("RecordDisputeStepInput")
    public static class RecordStep {
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

    /** Move the dispute to the next rung, with the reason. */
    @Input("EscalateDisputeInput")
    public static class Escalate {
        @Id
        @NonNull
        public Long disputeId;
        @NonNull
        public DisputeRung rung;
        @NonNull
        @Text(label = "提请上一级协调的理由", max = 5000)
        public String opinion;
    }

    /** A co-operating unit and its responsibility. */
    @Input("DisputePartyInput")
    public static class Party {
        @Id
        @NonNull
        public Long unitId;
        @NonNull
        @Text(label = "协同职责", max = 2000)
        public String responsibility;
    }

    /** Resolve the dispute by naming the lead unit (and co-operating units with their responsibilities). */
    @Input("ResolveDisputeInput")
    public static class Resolve {
        @Id
        @NonNull
        public Long disputeId;
        @NonNull
        public DisputeRung rung;
        @Id
        @NonNull
        public Long leadUnitId;
        @NonNull
        @Text(label = "牵头单位职责", max = 2000)
        public String leadResponsibility;
        @Size(max = 10, message = "协同单位最多 10 个 (at most 10 co-operating units)")
        public List<@NonNull @Valid Party> cooperating;
        @NonNull
        @Description("The decision (裁定/协调意见)")
        @Text(label = "裁定意见", max = 5000)
        public String decision;
        @Description("Name of the boundary item drafted from the decision; default: the case's category")
        @Name(label = "边界事项名称", max = 300, required = false)
        public String boundaryName;
        @Description("Scope of that boundary item; default INTER_DEPARTMENT")
        public ItemDetails.BoundaryScope boundaryScope;
    }

    /** Which disputes to list. */
    @Input("DisputeFilter")
    public static class Filter {
        public List<@NonNull DisputeStatus> statuses;
        public List<@NonNull DisputeRung> rungs;
    }
}

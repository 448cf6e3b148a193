package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** New staffing figures of a unit, with the approving document; recorded as one history entry. */
@Input("ChangeStaffingInput")
public class ChangeStaffingInput {
    @NonNull
    @Id
    public Long unitId;
    @Description("The version of the current staffing; absent only when the unit has none yet")
    public Integer version;
    @NonNull
    @Description("行政编制")
    public Integer administrativePosts;
    @NonNull
    @Description("事业编制")
    public Integer institutionalPosts;
    @NonNull
    @Description("工勤编制")
    public Integer serviceWorkerPosts;
    @NonNull
    @Description("领导职数")
    public Integer leaderPosts;
    @NonNull
    @Description("实有人数")
    public Integer actualHeadcount;
    @NonNull
    @Description("The approving document (文号), e.g. 清编〔2026〕12号")
    public String documentNo;
    @NonNull
    public String reason;
    @Description("When the document takes effect; today when absent")
    public LocalDate effectiveDate;
}

package cn.lvzhi.mandates;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** New staffing figures of a unit, with the approving document; recorded as one history entry. */
@Input("ChangeStaffingInput")
public class ChangeStaffingInput {
    static final int MAX_POSTS = 100_000;
    private static final String POSTS_RULE = "须为 0 至 " + MAX_POSTS + " 之间的整数 (must be 0.." + MAX_POSTS + ")";

    @NonNull
    @Id
    public Long unitId;
    @Description("The version of the current staffing; absent only when the unit has none yet")
    public Integer version;
    @NonNull
    @Description("行政编制")
    @Min(value = 0, message = "行政编制" + POSTS_RULE)
    @Max(value = MAX_POSTS, message = "行政编制" + POSTS_RULE)
    public Integer administrativePosts;
    @NonNull
    @Description("事业编制")
    @Min(value = 0, message = "事业编制" + POSTS_RULE)
    @Max(value = MAX_POSTS, message = "事业编制" + POSTS_RULE)
    public Integer institutionalPosts;
    @NonNull
    @Description("工勤编制")
    @Min(value = 0, message = "工勤编制" + POSTS_RULE)
    @Max(value = MAX_POSTS, message = "工勤编制" + POSTS_RULE)
    public Integer serviceWorkerPosts;
    @NonNull
    @Description("领导职数")
    @Min(value = 0, message = "领导职数" + POSTS_RULE)
    @Max(value = MAX_POSTS, message = "领导职数" + POSTS_RULE)
    public Integer leaderPosts;
    @NonNull
    @Description("实有人数")
    @Min(value = 0, message = "实有人数" + POSTS_RULE)
    @Max(value = MAX_POSTS, message = "实有人数" + POSTS_RULE)
    public Integer actualHeadcount;
    @NonNull
    @Description("The approving document (文号), e.g. 清编〔2026〕12号")
    @Text(label = "文号", max = 100, singleLine = true)
    public String documentNo;
    @NonNull
    @Text(label = "变更理由", max = 2000)
    public String reason;
    @Description("When the document takes effect; today when absent")
    public LocalDate effectiveDate;
}

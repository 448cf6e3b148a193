package cn.lvzhi.tracking;

import cn.lvzhi.common.validation.Name;
import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The inputs of the follow-up mutations, one per mutation, with the constraints of each field. */
public final class Inputs {
    private Inputs() {
    }

    @Input("CreateEstablishmentMatterInput")
    public static class CreateMatter {
        @NonNull @Id public Long unitId;
        @NonNull public MatterKind kind;
        @NonNull @Description("文号, e.g. 清编〔2026〕12号") @Name(label = "文号", max = 100) public String documentNo;
        @NonNull @Description("From 1949-10-01 to today") public LocalDate approvedOn;
        @NonNull @Text(label = "事项内容", max = 4000) public String content;
    }

    @Input("UpdateEstablishmentMatterInput")
    public static class UpdateMatter {
        @NonNull @Id public Long id;
        @NonNull public Integer version;
        @NonNull public MatterKind kind;
        @NonNull @Name(label = "文号", max = 100) public String documentNo;
        @NonNull @Description("From 1949-10-01 to today") public LocalDate approvedOn;
        @NonNull @Text(label = "事项内容", max = 4000) public String content;
    }

    @Input("SaveTrackingTemplateInput")
    public static class SaveTemplate {
        @NonNull public MatterKind kind;
        @NonNull public Integer version;
        @NonNull @Size(min = 1, message = "模板至少需要一项指标 (a template needs at least one indicator)")
        public List<@NonNull @Valid IndicatorInput> indicators;
    }

    @Input("PlanTrackingRoundInput")
    public static class PlanRound {
        @NonNull @Name(label = "批次名称", max = 200) public String name;
        @NonNull @Description("Matters approved 6–12 months before this date are proposed; at most two years ahead") public LocalDate planDate;
    }

    @Input("ChangeRoundScopeInput")
    public static class ChangeScope {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull @Description("true adds the matter, false drops it") public Boolean include;
        /** Required by TrackingScopePolicy, which names the rule; the constraint bounds its length. */
        @NonNull @Text(label = "理由", max = 2000, required = false) public String reason;
    }

    @Input("AdvanceRoundStepInput")
    public static class AdvanceStep {
        @NonNull @Id public Long roundId;
        @NonNull public Integer version;
        @NonNull @Description("The step entered: must be the one right after the current") public TrackingStep step;
        @Description("The date of the step; today when absent") public LocalDate doneOn;
        @Text(label = "说明", max = 2000, required = false) public String note;
    }

    @Input("SubmitSelfCheckInput")
    public static class SelfCheck {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull @Text(label = "自评自查内容", max = 8000) public String text;
    }

    @Input("IndicatorScoreInput")
    public static class IndicatorScore {
        @NonNull public String indicatorCode;
        @NonNull public Boolean notApplicable;
        @Description("Points earned; absent when not applicable") public BigDecimal earned;
        @Text(label = "佐证材料", max = 4000, required = false) public String evidence;
    }

    @Input("ScoreMatterInput")
    public static class ScoreMatter {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull @Size(min = 1, message = "至少给出一项指标的评分 (at least one score)")
        public List<@NonNull @Valid IndicatorScore> scores;
    }

    @Input("RequireRectificationInput")
    public static class RequireRectification {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull @Text(label = "整改要求", max = 2000) public String requirement;
        @NonNull public LocalDate deadline;
    }

    @Input("RecordRectificationInput")
    public static class RecordRectification {
        @NonNull @Id public Long id;
        @NonNull public Integer version;
        @Description("When the unit completed it; today when absent") public LocalDate doneOn;
        @Text(label = "说明", max = 2000, required = false) public String note;
    }

    @Input("ApplyForEstablishmentInput")
    public static class Apply {
        @NonNull @Id public Long unitId;
        @NonNull public MatterKind kind;
        @NonNull @Name(label = "申请事项", max = 200) public String title;
        @NonNull @Text(label = "申请理由", max = 4000) public String reason;
    }

    @Input("ArchiveReviewInput")
    public static class Archive {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
    }
}

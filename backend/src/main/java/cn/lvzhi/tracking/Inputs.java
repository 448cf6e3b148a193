package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The inputs of the follow-up mutations: one per mutation. */
public final class Inputs {
    private Inputs() {
    }

    @Input("CreateEstablishmentMatterInput")
    public static class CreateMatter {
        @NonNull @Id public Long unitId;
        @NonNull public MatterKind kind;
        @NonNull @Description("文号, e.g. 清编〔2026〕12号") public String documentNo;
        @NonNull @Description("From 1949-10-01 to today") public LocalDate approvedOn;
        @NonNull public String content;
    }

    @Input("UpdateEstablishmentMatterInput")
    public static class UpdateMatter {
        @NonNull @Id public Long id;
        @NonNull public Integer version;
        @NonNull public MatterKind kind;
        @NonNull public String documentNo;
        @NonNull @Description("From 1949-10-01 to today") public LocalDate approvedOn;
        @NonNull public String content;
    }

    @Input("SaveTrackingTemplateInput")
    public static class SaveTemplate {
        @NonNull public MatterKind kind;
        @NonNull public Integer version;
        @NonNull public List<@NonNull IndicatorInput> indicators;
    }

    @Input("PlanTrackingRoundInput")
    public static class PlanRound {
        @NonNull public String name;
        @NonNull @Description("Matters approved 6–12 months before this date are proposed; at most two years ahead") public LocalDate planDate;
    }

    @Input("ChangeRoundScopeInput")
    public static class ChangeScope {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull @Description("true adds the matter, false drops it") public Boolean include;
        @NonNull public String reason;
    }

    @Input("AdvanceRoundStepInput")
    public static class AdvanceStep {
        @NonNull @Id public Long roundId;
        @NonNull public Integer version;
        @NonNull @Description("The step entered: must be the one right after the current") public TrackingStep step;
        @Description("The date of the step; today when absent") public LocalDate doneOn;
        public String note;
    }

    @Input("SubmitSelfCheckInput")
    public static class SelfCheck {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull public String text;
    }

    @Input("IndicatorScoreInput")
    public static class IndicatorScore {
        @NonNull public String indicatorCode;
        @NonNull public Boolean notApplicable;
        @Description("Points earned; absent when not applicable") public BigDecimal earned;
        public String evidence;
    }

    @Input("ScoreMatterInput")
    public static class ScoreMatter {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull public List<@NonNull IndicatorScore> scores;
    }

    @Input("RequireRectificationInput")
    public static class RequireRectification {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
        @NonNull public String requirement;
        @NonNull public LocalDate deadline;
    }

    @Input("RecordRectificationInput")
    public static class RecordRectification {
        @NonNull @Id public Long id;
        @NonNull public Integer version;
        @Description("When the unit completed it; today when absent") public LocalDate doneOn;
        public String note;
    }

    @Input("ApplyForEstablishmentInput")
    public static class Apply {
        @NonNull @Id public Long unitId;
        @NonNull public MatterKind kind;
        @NonNull public String title;
        @NonNull public String reason;
    }

    @Input("ArchiveReviewInput")
    public static class Archive {
        @NonNull @Id public Long roundId;
        @NonNull @Id public Long matterId;
    }
}

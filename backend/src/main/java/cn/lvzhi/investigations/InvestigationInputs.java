package cn.lvzhi.investigations;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The inputs of the investigation operations. */
public final class InvestigationInputs {
    private InvestigationInputs() {
    }

    /** Open an investigation (责任倒查) of an UNSATISFIED rating. */
    @Input("OpenInvestigationInput")
    public static class Open {
        @Id
        @NonNull
        public Long ratingId;
        @NonNull
        @Description("What is investigated (倒查事由)")
        @Text(label = "倒查事由", max = 1000)
        public String subject;
    }

    /** Record a finding (调查情况). */
    @Input("RecordInvestigationFindingInput")
    public static class RecordFinding {
        @Id
        @NonNull
        public Long investigationId;
        @NonNull
        @Text(label = "调查情况", max = 5000)
        public String text;
    }

    /** Conclude with one of 无责 / 提醒谈话 / 通报批评 / 问责 and the units and people concerned. */
    @Input("ConcludeInvestigationInput")
    public static class Conclude {
        @Id
        @NonNull
        public Long investigationId;
        @NonNull
        @Description("The version read; a stale one is a CONFLICT")
        public Integer version;
        @NonNull
        public InvestigationConclusion conclusion;
        @NonNull
        @Text(label = "倒查结论", max = 5000)
        public String text;
        @Size(max = InvestigationService.MAX_LINKED, message = "关联单位最多 " + InvestigationService.MAX_LINKED + " 个 (at most "
                + InvestigationService.MAX_LINKED + ")")
        public List<@NonNull @Text(label = "关联单位", max = 200) String> linkedUnits;
        @Size(max = InvestigationService.MAX_LINKED, message = "关联人员最多 " + InvestigationService.MAX_LINKED + " 个 (at most "
                + InvestigationService.MAX_LINKED + ")")
        public List<@NonNull @Text(label = "关联人员", max = 200) String> linkedPeople;
    }

    /** Which investigations to list. */
    @Input("InvestigationFilter")
    public static class Filter {
        public List<@NonNull InvestigationStatus> statuses;
    }
}

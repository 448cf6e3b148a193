package cn.lvzhi.investigations;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Conclude with one of 无责 / 提醒谈话 / 通报批评 / 问责 and the units and people concerned. */
@Input("ConcludeInvestigationInput")
public class ConcludeInvestigationInput {
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

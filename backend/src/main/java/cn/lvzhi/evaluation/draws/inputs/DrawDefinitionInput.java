package cn.lvzhi.evaluation.draws.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The definition of a draw (its strata and sizes), shared by creating and changing a draw before it is frozen. */
public class DrawDefinitionInput {
    @NonNull @Size(min = 1, max = 7, message = "至少定义一个抽查分层 (define at least one stratum)")
    @Description("The strata in the order they are drawn")
    public List<@NonNull @Valid StratumInput> strata;
    @NonNull @Min(value = 0, message = "科室数不能为负 (offices per unit cannot be negative)")
    @Max(value = 10, message = "每个单位至多抽取 10 个科室 (at most 10 offices per unit)")
    @Description("Internal offices drawn inside each drawn unit (k_office)")
    public Integer kOffice;
    @NonNull @Min(value = 0, message = "察访人员数不能为负 (inspectors per unit cannot be negative)")
    @Max(value = 10, message = "每个单位至多分配 10 名察访人员 (at most 10 inspectors per unit)")
    public Integer inspectorsPerUnit;
}

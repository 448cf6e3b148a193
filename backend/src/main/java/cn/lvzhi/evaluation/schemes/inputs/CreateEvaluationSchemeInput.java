package cn.lvzhi.evaluation.schemes.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A new scheme of the region for a year (评估标准), with its indicators; numbered after the year's last version. */
@Input("CreateEvaluationSchemeInput")
public class CreateEvaluationSchemeInput {
    @NonNull
    @Text(label = "标准名称", max = 200, singleLine = true)
    public String name;
    @NonNull
    @Min(value = 2000, message = "年度须在 2000 至 2100 之间 (⟨field⟩: year must be 2000..2100)")
    @Max(value = 2100, message = "年度须在 2000 至 2100 之间 (⟨field⟩: year must be 2000..2100)")
    public Integer year;
    @Id
    public Long previousSchemeId;
    @NonNull
    @Size(max = 300, message = "指标不能超过 300 项 (⟨field⟩: at most 300 indicators)")
    public List<@NonNull @Valid IndicatorInput> indicators;
}

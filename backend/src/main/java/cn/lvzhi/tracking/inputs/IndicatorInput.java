package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.tracking.IndicatorMethod;
import cn.lvzhi.tracking.TemplatePolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One indicator as the office edits it; the rules of the template as a whole are in {@link TemplatePolicy}. */
@Input("TrackingIndicatorInput")
public class IndicatorInput {
    @NonNull
    @Text(label = "指标编码", max = 20, singleLine = true)
    public String code;
    @NonNull
    @Text(label = "指标名称", max = 200, singleLine = true)
    public String name;
    @NonNull
    @NotNull(message = TemplatePolicy.POINTS)
    @Min(value = 1, message = TemplatePolicy.POINTS)
    @Max(value = TemplatePolicy.TOTAL, message = TemplatePolicy.POINTS)
    public Integer points;
    @NonNull
    @NotNull(message = "须注明定性或定量 (⟨field⟩: method required)")
    public IndicatorMethod method;
    @NonNull
    @Text(label = "评分标准", max = 2000)
    public String guidance;

    public IndicatorInput() {
    }

    public IndicatorInput(String code, String name, Integer points, IndicatorMethod method, String guidance) {
        this.code = code;
        this.name = name;
        this.points = points;
        this.method = method;
        this.guidance = guidance;
    }
}

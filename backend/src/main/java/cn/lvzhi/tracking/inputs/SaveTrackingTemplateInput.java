package cn.lvzhi.tracking.inputs;

import cn.lvzhi.tracking.MatterKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Save the indicators of the evaluation template (评估模板) of a matter kind. */
@Input("SaveTrackingTemplateInput")
public class SaveTrackingTemplateInput {
    @NonNull public MatterKind kind;
    @NonNull public Integer version;
    @NonNull @Size(min = 1, message = "模板至少需要一项指标 (a template needs at least one indicator)")
    public List<@NonNull @Valid IndicatorInput> indicators;
}

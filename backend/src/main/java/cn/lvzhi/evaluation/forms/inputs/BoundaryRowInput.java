package cn.lvzhi.evaluation.forms.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A row of the 部门间职责边界履职表 as the unit writes it (its cases come from the case data, not from here). */
@Input("BoundaryPerformanceRowInput")
public class BoundaryRowInput {
    @NonNull @Id public Long listItemId;
    @Text(label = "履职情况", max = 4000, required = false)
    public String performance;
    @Text(label = "与相关单位协同中的问题", max = 4000, required = false)
    public String problems;
}

package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The legal basis (办理依据) a hop names: a 权责事项 of the handling department and optionally one of its 监管责任. */
@Input("CaseBasisInput")
public class CaseBasisInput {
    @Id
    @NonNull
    @Description("A published power item (权责事项) of the hop's handling department (for a 科室, its department)")
    public Long powerItemId;
    @Text(label = "监管责任", max = 1000, required = false)
    @Description("One of the item's supervision duties (监管责任), exactly as the item words it")
    public String supervisionDuty;
}

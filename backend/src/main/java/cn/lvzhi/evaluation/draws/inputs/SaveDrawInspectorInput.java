package cn.lvzhi.evaluation.draws.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** 编办 adds an inspector to the register (no id) or updates one (id and version). */
@Input("SaveDrawInspectorInput")
public class SaveDrawInspectorInput {
    @Id @Description("Absent for a new inspector") public Long id;
    @Description("Required with id") public Integer version;
    @NonNull @Text(label = "人员编号", max = 40, singleLine = true) public String code;
    @NonNull @Text(label = "姓名", max = 60, singleLine = true) public String name;
    @NonNull @Id @Description("The inspector's own unit") public Long unitId;
    @Size(max = 20, message = "曾任职单位至多 20 个 (at most 20 past units)")
    @Description("Units the inspector worked in before (回避)")
    @Id public List<@NonNull Long> pastUnitIds;
    @NonNull public Boolean active;
}

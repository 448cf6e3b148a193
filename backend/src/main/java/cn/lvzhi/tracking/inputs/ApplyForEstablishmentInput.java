package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.tracking.MatterKind;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A unit applies for an establishment matter (机构编制事项申请). */
@Input("ApplyForEstablishmentInput")
public class ApplyForEstablishmentInput {
    @NonNull @Id public Long unitId;
    @NonNull public MatterKind kind;
    @NonNull @Text(label = "申请事项", max = 200, singleLine = true) public String title;
    @NonNull @Text(label = "申请理由", max = 4000) public String reason;
}

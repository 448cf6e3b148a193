package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.tracking.MatterKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Record an approved establishment matter (机构编制事项) of a unit. */
@Input("CreateEstablishmentMatterInput")
public class CreateEstablishmentMatterInput {
    @NonNull @Id public Long unitId;
    @NonNull public MatterKind kind;
    @NonNull @Description("文号, e.g. 清编〔2026〕12号") @Text(label = "文号", max = 100, singleLine = true) public String documentNo;
    @NonNull @Description("From 1949-10-01 to today") public LocalDate approvedOn;
    @NonNull @Text(label = "事项内容", max = 4000) public String content;
}

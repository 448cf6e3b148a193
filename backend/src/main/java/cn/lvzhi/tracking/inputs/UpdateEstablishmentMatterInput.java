package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.tracking.MatterKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Correct an establishment matter; the version guards against a stale edit. */
@Input("UpdateEstablishmentMatterInput")
public class UpdateEstablishmentMatterInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull public MatterKind kind;
    @NonNull @Text(label = "文号", max = 100, singleLine = true) public String documentNo;
    @NonNull @Description("From 1949-10-01 to today") public LocalDate approvedOn;
    @NonNull @Text(label = "事项内容", max = 4000) public String content;
}

package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** The unit records that it completed a rectification (整改). */
@Input("RecordRectificationInput")
public class RecordRectificationInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @Description("When the unit completed it; today when absent") public LocalDate doneOn;
    @Text(label = "说明", max = 2000, required = false) public String note;
}

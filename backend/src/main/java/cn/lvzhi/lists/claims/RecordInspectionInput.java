package cn.lvzhi.lists.claims;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** One inspection carried out under a 行政检查 power item. */
@Input("RecordInspectionInput")
public class RecordInspectionInput {
    @NonNull
    @Id
    @Description("The department's own published 行政检查 power item")
    public Long itemId;
    @NonNull
    @Description("Day of the inspection, not in the future")
    public LocalDate date;
    @NonNull
    @Description("Number of inspected objects (检查对象数), at least 1")
    @Min(value = 1, message = "检查对象数至少为 1 (at least one inspected object)")
    public Integer objectCount;
    @Text(label = "检查说明", max = 1000, required = false)
    public String note;
}

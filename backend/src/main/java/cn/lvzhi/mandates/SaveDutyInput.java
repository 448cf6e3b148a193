package cn.lvzhi.mandates;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A duty to add (no id: names the unit) or to change (id and the version it is based on). */
@Input("SaveDutyInput")
public class SaveDutyInput {
    static final String ORDINAL_RULE = "条目序号须在 1 至 999 之间 (ordinal must be 1..999)";

    @Id
    @Description("The duty to change; absent to add one")
    public Long id;
    @Id
    @Description("Adding: the unit whose mandate gets the duty")
    public Long unitId;
    @Description("Changing: the version the change is based on; a stale one is a CONFLICT")
    public Integer version;
    @NonNull
    @Min(value = 1, message = ORDINAL_RULE)
    @Max(value = 999, message = ORDINAL_RULE)
    public Integer ordinal;
    @NonNull
    @Text(label = "职责内容", max = 2000)
    public String text;
    @NonNull
    public DutyRole role;
    @NonNull
    public DutyChangeStatus changeStatus;
    @Id
    @Description("Transfers only: the unit the duty came from (划入) or went to (划出)")
    public Long relatedUnitId;
}

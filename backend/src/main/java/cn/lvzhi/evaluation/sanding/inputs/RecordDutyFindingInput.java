package cn.lvzhi.evaluation.sanding.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.sanding.Verdict;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 records (or changes) its finding on one duty of a department's mandate in a round. */
@Input("RecordDutyFindingInput")
public class RecordDutyFindingInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long dutyId;
    @NonNull public Verdict verdict;
    @Id @Description("错位: the unit that performed the duty instead (required for MISPLACED, left out otherwise)")
    public Long wrongUnitId;
    @Text(label = "说明", max = 2000, required = false) public String note;
    @Text(label = "依据材料", max = 2000, required = false) public String evidence;
    @Description("The finding's version as last read; left out to record the first finding on the duty")
    public Integer version;
}

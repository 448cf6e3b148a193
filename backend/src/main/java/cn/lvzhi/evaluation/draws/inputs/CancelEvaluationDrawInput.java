package cn.lvzhi.evaluation.draws.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 cancels a draw with a reason (作废); it stays in the record and a new draw may be made. */
@Input("CancelEvaluationDrawInput")
public class CancelEvaluationDrawInput {
    @NonNull @Id public Long drawId;
    @NonNull public Integer version;
    @NonNull @Text(label = "作废理由", max = 500) public String reason;
}

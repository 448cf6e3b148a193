package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Add units to, or remove them from, a round during the self-assessment stage (调整评估范围), with the reason. */
@Input("ChangeEvaluationRoundUnitsInput")
public class ChangeEvaluationRoundUnitsInput {
    @NonNull @Id public Long roundId;
    @Size(max = 200, message = "一次最多增加 200 个单位 (at most 200 units)") @Id public List<@NonNull Long> addUnitIds;
    @Size(max = 200, message = "一次最多移除 200 个单位 (at most 200 units)") @Id public List<@NonNull Long> removeUnitIds;
    @NonNull @Text(label = "调整理由", max = 1000) public String reason;
}

package cn.lvzhi.evaluation.computations.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Compute (again) every computed figure of a round (计算平台数据指标). */
@Input("ComputeEvaluationFiguresInput")
public class ComputeEvaluationFiguresInput {
    @NonNull @Id public Long roundId;
}

package cn.lvzhi.evaluation.draws.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A step on a draw at this version: freeze its inputs (冻结候选名单), or draw (抽取). */
@Input("EvaluationDrawStepInput")
public class DrawStepInput {
    @NonNull @Id public Long drawId;
    @NonNull public Integer version;
}

package cn.lvzhi.evaluation.draws.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 opens a draw of a round with its strata (定义抽查分层). */
@Input("CreateEvaluationDrawInput")
public class CreateEvaluationDrawInput extends DrawDefinitionInput {
    @NonNull @Id public Long roundId;
}

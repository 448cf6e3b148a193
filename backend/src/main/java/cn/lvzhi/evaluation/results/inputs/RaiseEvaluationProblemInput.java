package cn.lvzhi.evaluation.results.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Raise a problem found in a unit's result (optionally on one indicator's score) for the rectification ledger. */
@Input("RaiseEvaluationProblemInput")
public class RaiseEvaluationProblemInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long unitId;
    @Id public Long scoreId;
    @NonNull @Text(label = "问题描述", max = 2000) public String description;
}

package cn.lvzhi.evaluation.draws.inputs;

import cn.lvzhi.evaluation.EvaluationCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A stratum of a draw: one of the round's evaluation categories and how many units to take from it. */
@Input("EvaluationDrawStratumInput")
public class StratumInput {
    @NonNull public EvaluationCategory category;
    @NonNull @Min(value = 1, message = "每层至少抽取 1 个单位 (take at least one unit per stratum)")
    @Max(value = 50, message = "每层至多抽取 50 个单位 (at most 50 units per stratum)") public Integer k;
}

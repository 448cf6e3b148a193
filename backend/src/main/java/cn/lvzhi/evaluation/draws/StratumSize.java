package cn.lvzhi.evaluation.draws;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A stratum of a draw (the round's evaluation category) and how many units are taken from it (k). */
@Type("EvaluationDrawStratum")
public record StratumSize(@NonNull String stratum, @NonNull int k) {
}

package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A unit in a round's scope with the category it is scored and ranked in (frozen when it joined the round). */
@Type("EvaluationRoundUnit")
public record RoundUnitView(@NonNull Unit unit, @NonNull EvaluationCategory category) {
}

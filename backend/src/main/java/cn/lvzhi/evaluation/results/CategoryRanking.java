package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Whether a category of a round is ranked (分类排名): it is when it holds at least the round's minimum sample. */
@Type("EvaluationCategoryRanking")
public record CategoryRanking(@NonNull EvaluationCategory category, @NonNull int unitCount, @NonNull boolean ranked,
                              String reason) {
}

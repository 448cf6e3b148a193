package cn.lvzhi.evaluation.forms;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.evaluation.rounds.Submission;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of a round's “1+3” forms (their submissions: unit, status, deadlines), newest first. */
@Type("EvaluationFormConnection")
public record EvaluationFormConnection(@NonNull List<@NonNull EvaluationFormEdge> edges, @NonNull PageInfo pageInfo,
                                       @NonNull int totalCount) {

    @Type("EvaluationFormEdge")
    public record EvaluationFormEdge(@NonNull String cursor, @NonNull Submission node) {
    }
}

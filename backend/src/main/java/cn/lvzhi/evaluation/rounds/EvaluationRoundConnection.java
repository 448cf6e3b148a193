package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of evaluation rounds, newest first. */
@Type("EvaluationRoundConnection")
public record EvaluationRoundConnection(@NonNull List<@NonNull EvaluationRoundEdge> edges, @NonNull PageInfo pageInfo,
                                        @NonNull int totalCount) {

    @Type("EvaluationRoundEdge")
    public record EvaluationRoundEdge(@NonNull String cursor, @NonNull EvaluationRound node) {
    }
}

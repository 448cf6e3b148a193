package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of schemes, newest first. */
@Type("EvaluationSchemeConnection")
public record EvaluationSchemeConnection(@NonNull List<@NonNull EvaluationSchemeEdge> edges, @NonNull PageInfo pageInfo,
                                         @NonNull int totalCount) {

    @Type("EvaluationSchemeEdge")
    public record EvaluationSchemeEdge(@NonNull String cursor, @NonNull EvaluationScheme node) {
    }
}

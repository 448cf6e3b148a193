package cn.lvzhi.evaluation.computations;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of a score's evidence rows, in the order they were computed. */
@Type("EvaluationEvidenceConnection")
public record EvidenceConnection(@NonNull List<@NonNull EvidenceEdge> edges, @NonNull PageInfo pageInfo,
                                 @NonNull int totalCount) {

    /** One edge of an evidence connection. */
    @Type("EvaluationEvidenceEdge")
    public record EvidenceEdge(@NonNull String cursor, @NonNull EvidenceRecord node) {
    }
}

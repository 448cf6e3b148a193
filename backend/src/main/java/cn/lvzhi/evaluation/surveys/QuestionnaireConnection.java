package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of questionnaires, newest first. */
@Type("QuestionnaireConnection")
public record QuestionnaireConnection(@NonNull List<@NonNull QuestionnaireEdge> edges, @NonNull PageInfo pageInfo,
                                      @NonNull int totalCount) {

    @Type("QuestionnaireEdge")
    public record QuestionnaireEdge(@NonNull String cursor, @NonNull Questionnaire node) {
    }
}

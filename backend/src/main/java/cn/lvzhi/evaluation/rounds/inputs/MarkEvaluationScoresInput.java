package cn.lvzhi.evaluation.rounds.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** 编办 marks indicators of one unit of a round (初评, or 终评 with finalizeEvaluationScores). */
@Input("MarkEvaluationScoresInput")
public class MarkEvaluationScoresInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long unitId;
    @NonNull @Size(min = 1, max = 500, message = "至少给出一项指标的评分 (at least one mark)")
    public List<@NonNull @Valid MarkInput> marks;
}

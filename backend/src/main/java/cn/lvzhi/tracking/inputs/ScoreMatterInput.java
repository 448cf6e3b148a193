package cn.lvzhi.tracking.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Score a matter of a round, indicator by indicator. */
@Input("ScoreMatterInput")
public class ScoreMatterInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long matterId;
    @NonNull @Size(min = 1, message = "至少给出一项指标的评分 (at least one score)")
    public List<@NonNull @Valid IndicatorScoreInput> scores;
}

package cn.lvzhi.evaluation.rounds.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Pre-fill first marks from the figures by the scoring rules (按规则预填初评). */
@Input("FillFirstMarksInput")
public class FillFirstMarksInput {
    @NonNull @Id public Long roundId;
    @Id @Description("Only this unit; every unit of the round when absent") public Long unitId;
}

package cn.lvzhi.evaluation.peer.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A rater unit submits its whole set of ratings of the round; they are locked from then on. */
@Input("SubmitPeerRatingsInput")
public class SubmitPeerRatingsInput {
    @NonNull @Id public Long roundId;
}

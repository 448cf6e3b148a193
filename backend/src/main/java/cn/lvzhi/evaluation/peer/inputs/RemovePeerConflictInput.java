package cn.lvzhi.evaluation.peer.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 removes an entry of the conflict register, seen from a round. */
@Input("RemovePeerConflictInput")
public class RemovePeerConflictInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long id;
}

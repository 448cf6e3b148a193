package cn.lvzhi.evaluation.peer.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 generates (or, before any rating, regenerates) a round's peer matrix from its rules and conflicts. */
@Input("GeneratePeerMatrixInput")
public class GeneratePeerMatrixInput {
    @NonNull @Id public Long roundId;
}

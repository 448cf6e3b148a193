package cn.lvzhi.cases.inputs;

import cn.lvzhi.cases.DispatchRole;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One unit to dispatch to, leading or co-operating. */
@Input("DispatchTargetInput")
public class DispatchTargetInput {
    @Id
    @NonNull
    public Long unitId;
    @NonNull
    public DispatchRole role;
}

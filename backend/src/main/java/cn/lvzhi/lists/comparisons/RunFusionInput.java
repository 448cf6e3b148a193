package cn.lvzhi.lists.comparisons;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Whose lists to fuse: one department, or a region government for every unit of the region. */
@Input("RunFusionInput")
public class RunFusionInput {
    @NonNull
    @Id
    @Description("A department, or a region government for the whole region")
    public Long unitId;
}

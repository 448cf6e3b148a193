package cn.lvzhi.org;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Changes to a unit; fields left out stay as they are. */
@Input("UpdateUnitInput")
public class UpdateUnitInput {
    @NonNull
    @Id
    public Long id;
    @NonNull
    @Description("The version the change is based on; a stale version is a CONFLICT")
    public Integer version;
    public String name;
    public UnitCategory category;
    @Description("统一社会信用代码; an empty string clears it")
    public String creditCode;
}

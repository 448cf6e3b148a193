package cn.lvzhi.org;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A new unit under an existing one. */
@Input("CreateUnitInput")
public class CreateUnitInput {
    @NonNull
    @Id
    public Long parentId;
    @NonNull
    @Description("Unique code: capital letters, digits and '-', e.g. JZ-QH-D10-K09")
    public String code;
    @NonNull
    public String name;
    @NonNull
    public UnitKind kind;
    @NonNull
    public UnitLevel level;
    public UnitCategory category;
    @Description("统一社会信用代码, 18 characters with a valid GB 32100 check digit")
    public String creditCode;
}

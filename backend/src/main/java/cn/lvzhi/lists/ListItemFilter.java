package cn.lvzhi.lists;

import cn.lvzhi.org.UnitLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Filters of the {@code listItems} query; all given conditions must hold. */
@Input("ListItemFilter")
public class ListItemFilter {
    @NonNull
    public ListKind kind;
    @Id
    @Description("Owner unit")
    public Long unitId;
    @Description("With unitId: include the units below it (e.g. a department's offices)")
    public Boolean includeSubunits;
    @Description("Default PUBLISHED; DRAFT shows only what the caller may see")
    public ItemStatus status;
    public PowerType powerType;
    public UnitLevel level;
    @Description("Substring of the code, the name or any text of the item (关键词), e.g. 噪声")
    public String keyword;
}

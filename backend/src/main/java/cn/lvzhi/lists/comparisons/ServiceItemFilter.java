package cn.lvzhi.lists.comparisons;

import cn.lvzhi.org.UnitLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the {@code serviceItems} query; all given conditions must hold. */
@Input("ServiceItemFilter")
public class ServiceItemFilter {
    @Id
    @Description("Implementing unit, with the units below it (a region: all its departments)")
    public Long unitId;
    public UnitLevel level;
    @Description("true: only items naming a power item; false: only those naming none")
    public Boolean linked;
    @Description("Substring of the name or the code (关键词)")
    public String keyword;
}

package cn.lvzhi.org;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the {@code units} query; all given conditions must hold. */
@Input("UnitFilter")
public class UnitFilter {
    public UnitKind kind;
    public UnitLevel level;
    @Id
    public Long parentId;
    @Description("Only units without a parent")
    public Boolean rootsOnly;
    @Description("Substring of the name, e.g. 环境 (case-insensitive)")
    public String nameContains;
    @Id
    @Description("Only units in the region (the nearest 区/市 government at or above) of this unit, e.g. the caller's own")
    public Long regionOf;
}

package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which duties of a mandate to show; all when empty. */
@Input("DutyFilter")
public class DutyFilter {
    public DutyRole role;
    public DutyChangeStatus changeStatus;
    @Description("Only transferred duties (划转职责: 划入 and 划出)")
    public Boolean transferredOnly;
}

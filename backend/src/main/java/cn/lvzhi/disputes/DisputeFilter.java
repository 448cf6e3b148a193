package cn.lvzhi.disputes;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Which disputes to list. */
@Input("DisputeFilter")
public class DisputeFilter {
    public List<@NonNull DisputeStatus> statuses;
    public List<@NonNull DisputeRung> rungs;
}

package cn.lvzhi.investigations;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Which investigations to list. */
@Input("InvestigationFilter")
public class InvestigationFilter {
    public List<@NonNull InvestigationStatus> statuses;
}

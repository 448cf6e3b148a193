package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * The follow-up of a cancelled or strengthened duty in a round (取消、加强是否到位), computed from its linked list items
 * and the cases filed under them since the round's period began (to date).
 */
@Type("DutyFollowUp")
public record DutyFollowUp(@NonNull FollowUpStatus status, @NonNull List<@NonNull String> reasons,
                           @NonNull List<@NonNull FollowUpItem> items,
                           @NonNull @Description("Cases filed under the linked items since the round's period began, to date") int casesSince,
                           @Description("The newest of those cases (at most 20); 编办 and leaders only, left out for the department")
                           List<@NonNull FollowUpCase> cases) {
    static final int CASES_SHOWN = 20;
}

package cn.lvzhi.evaluation.goals;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of duty goals, newest first (a region's latest published goals on the first page). */
@Type("DutyGoalConnection")
public record DutyGoalConnection(@NonNull List<@NonNull DutyGoalEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    @Type("DutyGoalEdge")
    public record DutyGoalEdge(@NonNull String cursor, @NonNull DutyGoal node) {
    }
}

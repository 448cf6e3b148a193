package cn.lvzhi.cases.stats;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for case statistics (the leader's dashboard) and the command-centre board. Delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class CaseStatisticsGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final CaseStatisticsReads reads;

    public CaseStatisticsGraphQLApi(CurrentScopedActor currentActor, CaseStatisticsReads reads) {
        this.currentActor = currentActor;
        this.reads = reads;
    }

    @Query("caseStatistics")
    @NonNull
    @Description("Case figures grouped by category, originating unit, handling unit, month or week over the cases reported"
            + " in [from, to) within the caller's scope. 满意率 (satisfactionRate) = satisfied ÷ ratings; 按时办结率 (onTimeRate)"
            + " = dispatches replied no later than their handling deadline ÷ dispatches replied; a group with fewer ratings"
            + " than minSample (default 5) is not ranked. FORBIDDEN for grid workers, integrated systems and the committee")
    public Uni<CaseStatistics> caseStatistics(@NonNull CaseStatisticsInput input) {
        return currentActor.get().chain(a -> reads.statistics(a, input));
    }

    @Query("caseBoard")
    @NonNull
    @Description("The command-centre board: open cases by status, overdue dispatches, cases awaiting acceptance, disputed"
            + " cases, today's new and closed cases, with the server time of the snapshot")
    public Uni<CaseBoard> caseBoard() {
        return currentActor.get().chain(reads::board);
    }
}

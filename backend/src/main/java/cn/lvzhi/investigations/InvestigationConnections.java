package cn.lvzhi.investigations;

import cn.lvzhi.cases.Rating;
import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** Pages of investigations and of the UNSATISFIED ratings they start from. */
public final class InvestigationConnections {
    private InvestigationConnections() {
    }

    /** A page of investigations, newest first. */
    @Type("InvestigationConnection")
    public record Investigations(@NonNull List<@NonNull InvestigationEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
        static Investigations of(List<Investigation> rows, int size, long total) {
            var page = Paging.slice(rows, size, i -> String.valueOf(i.id), InvestigationEdge::new);
            return new Investigations(page.edges(), page.pageInfo(), Math.toIntExact(total));
        }
    }

    /** One edge of an investigation connection. */
    @Type("InvestigationEdge")
    public record InvestigationEdge(@NonNull String cursor, @NonNull Investigation node) {
    }

    /** A page of ratings, newest first. */
    @Type("RatingConnection")
    public record Ratings(@NonNull List<@NonNull RatingEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
        static Ratings of(List<Rating> rows, int size, long total) {
            var page = Paging.slice(rows, size, r -> String.valueOf(r.id), RatingEdge::new);
            return new Ratings(page.edges(), page.pageInfo(), Math.toIntExact(total));
        }
    }

    /** One edge of a rating connection. */
    @Type("RatingEdge")
    public record RatingEdge(@NonNull String cursor, @NonNull Rating node) {
    }
}

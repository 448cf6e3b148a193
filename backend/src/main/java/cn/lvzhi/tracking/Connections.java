package cn.lvzhi.tracking;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The connections of follow-up, ordered by id (applications newest first). */
public final class Connections {
    private Connections() {
    }

    @Type("EstablishmentMatterConnection")
    public record MatterConnection(@NonNull List<@NonNull MatterEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
        static MatterConnection of(List<EstablishmentMatter> rows, int size, long total) {
            var page = Paging.slice(rows, size, m -> String.valueOf(m.id), MatterEdge::new);
            return new MatterConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
        }
    }

    @Type("EstablishmentMatterEdge")
    public record MatterEdge(@NonNull String cursor, @NonNull EstablishmentMatter node) {
    }

    @Type("TrackingRoundConnection")
    public record RoundConnection(@NonNull List<@NonNull RoundEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
        static RoundConnection of(List<TrackingRound> rows, int size, long total) {
            var page = Paging.slice(rows, size, r -> String.valueOf(r.id), RoundEdge::new);
            return new RoundConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
        }
    }

    @Type("TrackingRoundEdge")
    public record RoundEdge(@NonNull String cursor, @NonNull TrackingRound node) {
    }

    @Type("EstablishmentApplicationConnection")
    public record ApplicationConnection(@NonNull List<@NonNull ApplicationEdge> edges, @NonNull PageInfo pageInfo,
                                        @NonNull int totalCount) {
        static ApplicationConnection of(List<EstablishmentApplication> rows, int size, long total) {
            var page = Paging.slice(rows, size, a -> String.valueOf(a.id), ApplicationEdge::new);
            return new ApplicationConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
        }
    }

    @Type("EstablishmentApplicationEdge")
    public record ApplicationEdge(@NonNull String cursor, @NonNull EstablishmentApplication node) {
    }
}

package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** One place in the ranking of a round's matters of one kind (同类排名); equal results share a rank. */
@Type("TrackingRankingRow")
public record RankingRow(@NonNull int rank, @NonNull EstablishmentMatter matter, @NonNull BigDecimal result) {
}

package cn.lvzhi.tracking;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up results (问效得分) of units' establishment matters, for measures outside follow-up: each included,
 * fully scored matter of a round with its result normalised exactly as the round shows it ({@link ScoreNormalisation}
 * over the round's own templates), dated by its last score. Three queries for any number of units.
 */
@ApplicationScoped
public class TrackingResultsReads {

    /** One reviewed matter of a unit: the round, the matter, the normalised result (0..100) and when it was scored. */
    public record Result(long unitId, long roundMatterId, long roundId, String roundName, long matterId, String documentNo,
                         String content, BigDecimal result, OffsetDateTime scoredAt) {
    }

    /**
     * The results of these units' matters whose review was completed (last score given) from {@code from} (inclusive)
     * until {@code until} (exclusive); matters not fully scored, or with no applicable indicator, are left out.
     */
    public Uni<List<Result>> results(Mutiny.StatelessSession s, Collection<Long> unitIds, OffsetDateTime from,
                                     OffsetDateTime until) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return s.createSelectionQuery("""
                        select rm, m from RoundMatter rm, EstablishmentMatter m
                        where m.id = rm.matterId and rm.included = true and m.unitId in :units
                        order by m.unitId, rm.roundId, m.id""", Object[].class)
                .setParameter("units", unitIds).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(List.<Result>of());
                    }
                    List<Long> roundIds = rows.stream().map(r -> ((RoundMatter) r[0]).roundId).distinct().toList();
                    List<Long> matterIds = rows.stream().map(r -> ((RoundMatter) r[0]).matterId).distinct().toList();
                    return s.createSelectionQuery("from TrackingRound r where r.id in :rounds", TrackingRound.class)
                            .setParameter("rounds", roundIds).getResultList()
                            .chain(rounds -> s.createSelectionQuery(
                                            "from MatterScore x where x.roundId in :rounds and x.matterId in :matters",
                                            MatterScore.class)
                                    .setParameter("rounds", roundIds).setParameter("matters", matterIds).getResultList()
                                    .map(scores -> assemble(rows, rounds, scores, from, until)));
                });
    }

    private static List<Result> assemble(List<Object[]> rows, List<TrackingRound> rounds, List<MatterScore> scores,
                                         OffsetDateTime from, OffsetDateTime until) {
        Map<Long, TrackingRound> roundById = new HashMap<>();
        rounds.forEach(r -> roundById.put(r.id, r));
        Map<String, List<MatterScore>> byMatter = new HashMap<>();
        scores.forEach(x -> byMatter.computeIfAbsent(x.roundId + "/" + x.matterId, k -> new ArrayList<>()).add(x));
        List<Result> results = new ArrayList<>();
        for (Object[] row : rows) {
            RoundMatter rm = (RoundMatter) row[0];
            EstablishmentMatter m = (EstablishmentMatter) row[1];
            TrackingRound round = roundById.get(rm.roundId);
            List<MatterScore> matterScores = byMatter.getOrDefault(rm.roundId + "/" + m.id, List.of());
            BigDecimal result = TrackingReads.result(round.templates.getOrDefault(m.kind, List.of()), matterScores);
            if (result == null) {
                continue;
            }
            OffsetDateTime scoredAt = matterScores.stream().map(x -> x.scoredAt).max(Comparator.naturalOrder()).orElseThrow();
            if (!scoredAt.isBefore(from) && scoredAt.isBefore(until)) {
                results.add(new Result(m.unitId, rm.id, round.id, round.name, m.id, m.documentNo, m.content, result, scoredAt));
            }
        }
        return results;
    }
}

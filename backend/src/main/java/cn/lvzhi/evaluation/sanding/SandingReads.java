package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.sanding.SandingPolicy.Sight;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.mandates.Duty;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of 三定 execution findings, each in its own stateless session and scoped by {@link SandingPolicy}: a round, a
 * department or a duty the caller may not see is NOT_FOUND, exactly like a missing one, and lists leave it out.
 */
@ApplicationScoped
public class SandingReads {
    static final String ROUND_NOT_FOUND = "评估批次不存在 (evaluation round not found)";
    static final String UNIT_NOT_FOUND = "本批次评估范围内没有该单位 (no such unit in the round's scope)";
    static final String DUTY_NOT_FOUND = "职责条目不存在 (duty not found)";
    static final int SUGGESTIONS = 20;

    private static final String SUMMARY = """
            SELECT u.id, u.code, u.name,
                   (SELECT count(*) FROM mandate_duty d WHERE d.unit_id = u.id),
                   count(f.id),
                   count(f.id) FILTER (WHERE f.verdict = 'FULFILLED'),
                   count(f.id) FILTER (WHERE f.verdict = 'ABSENT'),
                   count(f.id) FILTER (WHERE f.verdict = 'OVERSTEP'),
                   count(f.id) FILTER (WHERE f.verdict = 'MISPLACED'),
                   (SELECT count(*) FROM mandate_duty d WHERE d.unit_id = u.id AND d.change_status IN ('CANCELLED','STRENGTHENED'))
            FROM evaluation_round_unit ru
            JOIN unit u ON u.id = ru.unit_id
            LEFT JOIN evaluation_duty_finding f ON f.round_id = ru.round_id AND f.unit_id = u.id
            WHERE ru.round_id = :round AND (:own = 0 OR u.id = :own)
              AND EXISTS (SELECT 1 FROM mandate_duty d WHERE d.unit_id = u.id)
            GROUP BY u.id, u.code, u.name
            ORDER BY u.code""";
    private static final String SUGGEST = """
            SELECT li.id, li.kind, li.code, li.name, li.status,
                   CASE WHEN li.kind = 'DUTY_TASK' AND li.details -> 'dutyTask' ->> 'mandateDuty' = :text THEN 1.0
                        ELSE similarity(li.search_text, :text) END AS sim,
                   EXISTS (SELECT 1 FROM mandate_duty_item_link l WHERE l.duty_id = :duty AND l.list_item_id = li.id) AS linked
            FROM list_item li JOIN unit o ON o.id = li.unit_id
            WHERE (o.path LIKE :path OR li.id IN (SELECT l.list_item_id FROM mandate_duty_item_link l WHERE l.duty_id = :duty))
              AND li.kind IN ('POWER','DUTY_TASK','BOUNDARY','TERRITORIAL','COLLABORATION') AND li.status <> 'DRAFT'
            ORDER BY linked DESC, sim DESC, li.code
            LIMIT :limit""";

    private final ReadSessions reads;
    private final FollowUps followUps;

    public SandingReads(ReadSessions reads, FollowUps followUps) {
        this.reads = reads;
        this.followUps = followUps;
    }

    /** A round as the caller sees it. */
    record Seen(EvaluationRound round, Sight sight) {
        EvaluationPeriod period() {
            return new EvaluationPeriod(round.periodStart, round.periodEnd);
        }
    }

    /** The round as the actor sees it; NOT_FOUND when it does not, a unit's included when it is not in the round's scope. */
    static Uni<Seen> round(Mutiny.StatelessSession s, ScopedActor actor, long roundId) {
        return s.get(EvaluationRound.class, roundId).chain(round -> {
            Sight sight = round == null ? Sight.NONE : SandingPolicy.sight(actor, round.regionPath, round.stage);
            if (sight == Sight.NONE) {
                throw new NotFoundException(ROUND_NOT_FOUND);
            }
            Uni<Boolean> visible = sight == Sight.ALL ? Uni.createFrom().item(true) : inScope(s, roundId, actor.unitId());
            return visible.map(yes -> {
                if (!yes) {
                    throw new NotFoundException(ROUND_NOT_FOUND);
                }
                return new Seen(round, sight);
            });
        });
    }

    static Uni<Boolean> inScope(Mutiny.StatelessSession s, long roundId, long unitId) {
        return s.createNativeQuery("SELECT count(*) FROM evaluation_round_unit WHERE round_id = :r AND unit_id = :u", Long.class)
                .setParameter("r", roundId).setParameter("u", unitId).getSingleResult().map(n -> n > 0);
    }

    /** The duties of a department's mandate in a round, each with its finding and (取消/加强) follow-up. */
    public Uni<List<SandingDuty>> duties(ScopedActor actor, long roundId, long unitId) {
        return reads.read(s -> round(s, actor, roundId).chain(seen -> inScope(s, roundId, unitId).chain(in -> {
            if (!SandingPolicy.seesUnit(actor, seen.sight(), unitId, in)) {
                throw new NotFoundException(UNIT_NOT_FOUND);
            }
            return s.createQuery("from Duty d where d.unitId = :u order by d.ordinal, d.id", Duty.class)
                    .setParameter("u", unitId).getResultList()
                    .chain(duties -> s.createQuery("from DutyFinding f where f.roundId = :r and f.unitId = :u", DutyFinding.class)
                            .setParameter("r", roundId).setParameter("u", unitId).getResultList()
                            .chain(findings -> followUps.of(s, duties, seen.period(), seen.sight() == Sight.ALL)
                                    .map(fu -> {
                                        Map<Long, DutyFinding> byDuty = findings.stream()
                                                .collect(Collectors.toMap(f -> f.dutyId, Function.identity()));
                                        return duties.stream().map(d -> new SandingDuty(d, byDuty.get(d.id), fu.get(d.id))).toList();
                                    })));
        })));
    }

    /** Per department of the round the caller sees, its findings counted; the region's totals for 编办 and leaders. */
    public Uni<SandingSummary> summary(ScopedActor actor, long roundId) {
        return reads.read(s -> round(s, actor, roundId).chain(seen -> s.createNativeQuery(SUMMARY, Object[].class)
                .setParameter("round", roundId).setParameter("own", seen.sight() == Sight.ALL ? 0L : actor.unitId())
                .getResultList().map(rows -> {
                    List<SandingUnitSummary> units = rows.stream().map(r -> new SandingUnitSummary(FollowUps.id(r[0]),
                            (String) r[1], (String) r[2], new SandingCounts(count(r[3]), count(r[4]), count(r[5]),
                            count(r[6]), count(r[7]), count(r[8]), count(r[9])))).toList();
                    SandingCounts region = seen.sight() != Sight.ALL ? null
                            : units.stream().map(SandingUnitSummary::counts).reduce(SandingCounts.NONE, SandingCounts::plus);
                    return new SandingSummary(units, region);
                })));
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }

    /** The list items a duty may be linked to, most similar first (its links first of all); 编办 and leaders only. */
    public Uni<List<ItemSuggestion>> suggestions(ScopedActor actor, long dutyId) {
        return reads.read(s -> s.get(Duty.class, dutyId).chain(duty -> (duty == null ? Uni.createFrom().<Unit>nullItem()
                        : s.get(Unit.class, duty.unitId))
                        .chain(unit -> {
                            if (unit == null || !SandingPolicy.seesLinks(actor, unit.path)) {
                                throw new NotFoundException(DUTY_NOT_FOUND);
                            }
                            return s.createNativeQuery(SUGGEST, Object[].class).setParameter("text", duty.text)
                                    .setParameter("duty", dutyId).setParameter("path", unit.path + "%")
                                    .setParameter("limit", SUGGESTIONS).getResultList();
                        }))
                .map(rows -> rows.stream().map(r -> new ItemSuggestion(FollowUps.id(r[0]),
                        ListKind.valueOf((String) r[1]), (String) r[2], (String) r[3], ItemStatus.valueOf((String) r[4]),
                        ((Number) r[5]).doubleValue(), Boolean.TRUE.equals(r[6]))).toList()));
    }
}

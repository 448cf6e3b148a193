package cn.lvzhi.evaluation.peer;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.RoundReads;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.security.Decision;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of a round's peer assessment (互评), each in its own stateless session and each through {@link PeerPolicy}: the
 * round must be visible (else NOT_FOUND), and the seat decides what is answered — 编办 and leaders the counts,
 * completion and aggregates, a rater unit only its own tasks and (after publication) its own aggregate.
 */
@ApplicationScoped
public class PeerReads {
    static final String ROUND_NOT_FOUND = "评估批次不存在 (evaluation round not found)";
    static final String TASK_NOT_FOUND = "互评任务不存在 (no such rating task)";

    private final ReadSessions reads;
    private final RoundReads rounds;

    public PeerReads(ReadSessions reads, RoundReads rounds) {
        this.reads = reads;
        this.rounds = rounds;
    }

    /** A visible round and the actor's seat in its peer assessment. */
    record Place(EvaluationRound round, PeerSeat seat) {
    }

    /** The round and the actor's seat; NOT_FOUND when the actor does not see the round's peer assessment. */
    Uni<Place> place(ScopedActor actor, long roundId) {
        return rounds.access(actor, roundId).map(a -> {
            PeerSeat seat = PeerPolicy.seat(actor, a.view());
            if (!PeerPolicy.seesSetup(seat)) {
                throw new NotFoundException(ROUND_NOT_FOUND);
            }
            return new Place(a.round(), seat);
        });
    }

    public Uni<PeerViews.Assessment> assessment(ScopedActor actor, long roundId) {
        return place(actor, roundId).chain(p -> reads.read(s -> s.get(PeerSetup.class, roundId)
                .chain(setup -> rules(s, roundId).map(rules -> view(p, setup, rules, OffsetDateTime.now())))));
    }

    /** The set-up as a seat sees it now. */
    static PeerViews.Assessment view(Place p, PeerSetup setup, List<PeerRule> rules, OffsetDateTime now) {
        EvaluationRound r = p.round();
        boolean open = setup != null && setup.generatedAt != null && r.stage != EvaluationStage.PUBLISHED
                && r.stage != EvaluationStage.DRAFT && (setup.closesAt == null || now.isBefore(setup.closesAt));
        return new PeerViews.Assessment(r.id, r.name, r.stage, p.seat(), setup != null, setup == null ? null : setup.closesAt,
                open, setup == null ? 5 : setup.trimFrom, setup == null ? null : setup.generatedAt,
                setup == null ? null : setup.generatedByName, setup == null ? 0 : setup.version, rules);
    }

    static Uni<List<PeerRule>> rules(Mutiny.StatelessSession s, long roundId) {
        return s.createSelectionQuery("from PeerRule r where r.roundId = :r order by r.raterKind, r.targetKind", PeerRule.class)
                .setParameter("r", roundId).getResultList();
    }

    /** 编办's and leaders' matrix: per target the raters wanted, assigned and rated; per rater its completion. */
    public Uni<PeerViews.Matrix> matrix(ScopedActor actor, long roundId) {
        return place(actor, roundId).chain(p -> {
            PeerPolicy.panel(p.seat()).orThrow();
            return reads.read(s -> rules(s, roundId).chain(rules -> kinds(s, roundId).chain(kinds -> cells(s, roundId)
                    .chain(cells -> submissions(s, roundId).chain(subs -> {
                        Map<PeerKind, Integer> wanted = new HashMap<>();
                        rules.forEach(r -> wanted.merge(r.targetKind, r.ratersPerTarget, Integer::sum));
                        List<Long> targets = kinds.keySet().stream().filter(u -> wanted.containsKey(kinds.get(u))).toList();
                        List<Long> raters = kinds.keySet().stream()
                                .filter(u -> rules.stream().anyMatch(r -> r.raterKind == kinds.get(u))).toList();
                        return units(s, kinds.keySet()).map(units -> {
                            List<PeerViews.TargetRow> trows = new ArrayList<>();
                            for (Long t : targets) {
                                List<Object[]> own = cells.stream().filter(c -> c[1].equals(t)).toList();
                                trows.add(new PeerViews.TargetRow(units.get(t), kinds.get(t), wanted.get(kinds.get(t)), own.size(),
                                        (int) own.stream().filter(c -> c[2] != null).count()));
                            }
                            List<PeerViews.RaterRow> rrows = new ArrayList<>();
                            for (Long r : raters) {
                                List<Object[]> own = cells.stream().filter(c -> c[0].equals(r)).toList();
                                rrows.add(new PeerViews.RaterRow(units.get(r), kinds.get(r), own.size(),
                                        (int) own.stream().filter(c -> c[2] != null).count(), subs.get(r)));
                            }
                            trows.sort(Comparator.comparing(x -> x.unit().code));
                            rrows.sort(Comparator.comparing(x -> x.unit().code));
                            int rated = (int) cells.stream().filter(c -> c[2] != null).count();
                            return new PeerViews.Matrix(cells.size(), rated, rrows.size(), subs.size(), trows, rrows);
                        });
                    })))));
        });
    }

    /** Aggregates the seat reads: 编办 and leaders every target's, a unit its own after publication, else none. */
    public Uni<List<PeerViews.Aggregate>> aggregates(ScopedActor actor, long roundId) {
        return place(actor, roundId).chain(p -> {
            PeerPolicy.Aggregates scope = PeerPolicy.aggregates(p.seat(), p.round().stage);
            if (scope == PeerPolicy.Aggregates.NONE) {
                return Uni.createFrom().item(List.<PeerViews.Aggregate>of());
            }
            return reads.read(s -> s.get(PeerSetup.class, roundId).chain(setup -> rules(s, roundId)
                    .chain(rules -> kinds(s, roundId).chain(kinds -> cells(s, roundId).chain(cells -> {
                        List<Long> targets = kinds.keySet().stream()
                                .filter(u -> rules.stream().anyMatch(r -> r.targetKind == kinds.get(u)))
                                .filter(u -> scope == PeerPolicy.Aggregates.ALL || u == actor.unitId()).toList();
                        int trimFrom = setup == null ? 5 : setup.trimFrom;
                        return units(s, targets).map(units -> targets.stream().map(t -> {
                            List<Object[]> own = cells.stream().filter(c -> c[1].equals(t)).toList();
                            PeerAggregation.Result result = PeerAggregation.of(own.stream().filter(c -> c[2] != null)
                                    .map(c -> (BigDecimal) c[2]).toList(), trimFrom);
                            return new PeerViews.Aggregate(units.get(t), kinds.get(t), result.score(), result.ratings(), own.size(),
                                    result.trimmed());
                        }).sorted(Comparator.comparing(a -> a.unit().code)).toList());
                    })))));
        });
    }

    /** The caller's unit's own tasks and ratings (我的互评任务), and whether it may still change them. */
    public Uni<PeerViews.MyTasks> myTasks(ScopedActor actor, long roundId) {
        return place(actor, roundId).chain(p -> {
            PeerPolicy.tasks(p.seat()).orThrow();
            return reads.read(s -> myTasks(s, actor, p, OffsetDateTime.now()));
        });
    }

    static Uni<PeerViews.MyTasks> myTasks(Mutiny.StatelessSession s, ScopedActor actor, Place p, OffsetDateTime now) {
        long roundId = p.round().id;
        return s.get(PeerSetup.class, roundId).chain(setup -> s.get(PeerSubmission.class,
                        new PeerSubmission.Key(roundId, actor.unitId()))
                .chain(sub -> s.createSelectionQuery("from PeerAssignment a where a.roundId = :r and a.raterUnitId = :u",
                                PeerAssignment.class).setParameter("r", roundId).setParameter("u", actor.unitId()).getResultList()
                        .chain(own -> units(s, own.stream().map(a -> a.targetUnitId).toList()).map(units -> {
                            Decision may = PeerPolicy.rate(actor, p.seat(), null, p.round().stage, sub != null,
                                    setup == null ? null : setup.closesAt, now);
                            List<PeerViews.Task> tasks = own.stream().map(a -> task(a, units.get(a.targetUnitId)))
                                    .sorted(Comparator.comparing((PeerViews.Task t) -> t.targetKind()).thenComparing(t -> t.target().code))
                                    .toList();
                            return new PeerViews.MyTasks(sub == null ? null : sub.submittedAt, may.allowed() && !tasks.isEmpty(),
                                    may.allowed() ? null : may.reason(), tasks);
                        }))));
    }

    static PeerViews.Task task(PeerAssignment a, Unit target) {
        return new PeerViews.Task(target, a.targetKind, a.score, a.comment, a.ratedAt, a.version);
    }

    /** The conflict register entries that apply to the round (its own and the region's). */
    public Uni<List<PeerViews.Conflict>> conflicts(ScopedActor actor, long roundId) {
        return place(actor, roundId).chain(p -> {
            PeerPolicy.panel(p.seat()).orThrow();
            return reads.read(s -> s.createSelectionQuery("""
                            from PeerConflict c where c.regionPath = :region and (c.roundId is null or c.roundId = :r)
                            order by c.id""", PeerConflict.class)
                    .setParameter("region", p.round().regionPath).setParameter("r", roundId).getResultList()
                    .chain(list -> units(s, list.stream().flatMap(c -> List.of(c.unitAId, c.unitBId).stream()).toList())
                            .map(units -> list.stream().map(c -> conflict(c, units)).toList())));
        });
    }

    static PeerViews.Conflict conflict(PeerConflict c, Map<Long, Unit> units) {
        return new PeerViews.Conflict(c.id, units.get(c.unitAId), units.get(c.unitBId), c.reason, c.roundId == null,
                c.createdByName, c.createdAt);
    }

    /** The round's units and their peer kind, in unit id order. */
    static Uni<Map<Long, PeerKind>> kinds(Mutiny.StatelessSession s, long roundId) {
        return s.createSelectionQuery("select ru.unitId, ru.category from RoundUnit ru where ru.roundId = :r order by ru.unitId",
                Object[].class).setParameter("r", roundId).getResultList().map(rows -> {
                    Map<Long, PeerKind> kinds = new LinkedHashMap<>();
                    rows.forEach(r -> kinds.put((Long) r[0], PeerKind.of((EvaluationCategory) r[1])));
                    return kinds;
                });
    }

    /** Every cell of the round as (rater, target, score): the scores stay inside this class and the aggregation. */
    private static Uni<List<Object[]>> cells(Mutiny.StatelessSession s, long roundId) {
        return s.createSelectionQuery("select a.raterUnitId, a.targetUnitId, a.score from PeerAssignment a where a.roundId = :r",
                Object[].class).setParameter("r", roundId).getResultList();
    }

    private static Uni<Map<Long, OffsetDateTime>> submissions(Mutiny.StatelessSession s, long roundId) {
        return s.createSelectionQuery("from PeerSubmission x where x.roundId = :r", PeerSubmission.class)
                .setParameter("r", roundId).getResultList().map(list -> {
                    Map<Long, OffsetDateTime> by = new HashMap<>();
                    list.forEach(x -> by.put(x.raterUnitId, x.submittedAt));
                    return by;
                });
    }

    static Uni<Map<Long, Unit>> units(Mutiny.StatelessSession s, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return s.createSelectionQuery("from Unit u where u.id in :ids", Unit.class).setParameter("ids", List.copyOf(ids))
                .getResultList().map(list -> {
                    Map<Long, Unit> by = new HashMap<>();
                    list.forEach(u -> by.put(u.id, u));
                    return by;
                });
    }
}

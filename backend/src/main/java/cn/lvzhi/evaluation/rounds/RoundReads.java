package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.LeafFigures;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads of evaluation rounds for the API, each in its own stateless session, every one through {@link RoundPolicy}
 * (which rounds and units) and {@link ScoreVisibility} (which stages of a score row): what the actor may not see is
 * absent, and asked for by id it is NOT_FOUND like a missing one.
 */
@ApplicationScoped
public class RoundReads {
    static final String ROUND_NOT_FOUND = "评估批次不存在 (evaluation round not found)";
    static final String LETTER_NOT_FOUND = "提醒函不存在 (reminder letter not found)";

    private final ReadSessions reads;
    private final LeafFigures figures;

    public RoundReads(ReadSessions reads, LeafFigures figures) {
        this.reads = reads;
        this.figures = figures;
    }

    /** A round and how the actor sees it. */
    public record Access(EvaluationRound round, RoundPolicy.View view) {
    }

    /** The round as the actor sees it; NOT_FOUND when it does not exist for the actor. */
    public Uni<Access> access(ScopedActor actor, long roundId) {
        return reads.read(s -> s.get(EvaluationRound.class, roundId).chain(round -> round == null
                ? Uni.createFrom().item((Access) null)
                : inScope(s, actor, List.of(roundId)).map(in -> new Access(round,
                        RoundPolicy.view(actor, round.regionPath, round.stage, in.contains(roundId))))))
                .map(a -> {
                    if (a == null || a.view() == RoundPolicy.View.NONE) {
                        throw new NotFoundException(ROUND_NOT_FOUND);
                    }
                    return a;
                });
    }

    private static Uni<Set<Long>> inScope(Mutiny.StatelessSession s, ScopedActor actor, Collection<Long> roundIds) {
        if (!RoundPolicy.evaluatedUnit(actor) || roundIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return s.createSelectionQuery("select ru.roundId from RoundUnit ru where ru.roundId in :ids and ru.unitId = :unit",
                Long.class).setParameter("ids", roundIds).setParameter("unit", actor.unitId()).getResultList()
                .map(HashSet::new);
    }

    /** How the actor sees each of the rounds. */
    public Uni<Map<Long, RoundPolicy.View>> views(ScopedActor actor, List<EvaluationRound> rounds) {
        List<Long> ids = rounds.stream().map(r -> r.id).distinct().toList();
        return reads.read(s -> inScope(s, actor, ids)).map(in -> {
            Map<Long, RoundPolicy.View> views = new HashMap<>();
            rounds.forEach(r -> views.put(r.id, RoundPolicy.view(actor, r.regionPath, r.stage, in.contains(r.id))));
            return views;
        });
    }

    /** The rounds the actor sees, newest first. */
    public Uni<EvaluationRoundConnection> rounds(ScopedActor actor, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after); // a bad cursor is a VALIDATION error, even for one who sees nothing
        Map<String, Object> params = new HashMap<>();
        params.put("region", actor.regionPath() + "%");
        String where;
        if (RoundPolicy.seesWholeRegion(actor)) {
            where = "";
        } else if (RoundPolicy.evaluatedUnit(actor)) {
            where = " and (r.stage = :published or (r.stage <> :draft and exists (select 1 from RoundUnit ru"
                    + " where ru.roundId = r.id and ru.unitId = :unit)))";
            params.put("published", EvaluationStage.PUBLISHED);
            params.put("draft", EvaluationStage.DRAFT);
            params.put("unit", actor.unitId());
        } else if (RoundPolicy.readsPublished(actor)) {
            where = " and r.stage = :published";
            params.put("published", EvaluationStage.PUBLISHED);
        } else {
            where = null;
        }
        Uni<NewestFirst.Page<EvaluationRound>> page = where == null ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : NewestFirst.page(reads, "r", " from EvaluationRound r where r.regionPath like :region" + where, params, after,
                size, EvaluationRound.class);
        return page.map(p -> Paging.connection(p.rows(), size, p.total(), r -> String.valueOf(r.id),
                EvaluationRoundConnection.EvaluationRoundEdge::new, EvaluationRoundConnection::new));
    }

    /** The schemes of the rounds, by id (one query). */
    public Uni<Map<Long, EvaluationScheme>> schemes(Collection<Long> schemeIds) {
        return reads.read(s -> s.createSelectionQuery("from EvaluationScheme x where x.id in :ids", EvaluationScheme.class)
                .setParameter("ids", schemeIds).getResultList()).map(rows -> {
                    Map<Long, EvaluationScheme> byId = new HashMap<>();
                    rows.forEach(x -> byId.put(x.id, x));
                    return byId;
                });
    }

    /** The units of the rounds the actor reads (a unit before publication: itself only), by round. */
    public Uni<Map<Long, List<RoundUnitView>>> units(ScopedActor actor, List<EvaluationRound> rounds) {
        return views(actor, rounds).chain(views -> reads.read(s -> s.createSelectionQuery("""
                        select ru, u from RoundUnit ru, Unit u where u.id = ru.unitId and ru.roundId in :ids
                        order by ru.roundId, ru.category, u.code""", Object[].class)
                .setParameter("ids", views.keySet()).getResultList()).map(rows -> {
                    Map<Long, EvaluationRound> byId = byId(rounds);
                    Map<Long, List<RoundUnitView>> out = new HashMap<>();
                    for (Object[] row : rows) {
                        RoundUnit ru = (RoundUnit) row[0];
                        EvaluationRound r = byId.get(ru.roundId);
                        if (!ScoreVisibility.parts(views.get(ru.roundId), r.stage, ru.unitId == actor.unitId()).isEmpty()) {
                            out.computeIfAbsent(ru.roundId, k -> new ArrayList<>()).add(new RoundUnitView((Unit) row[1], ru.category));
                        }
                    }
                    return out;
                }));
    }

    /** The submissions of the rounds the actor reads (编办 and leaders: all; a unit: its own), by round. */
    public Uni<Map<Long, List<Submission>>> submissions(ScopedActor actor, List<EvaluationRound> rounds) {
        return ownOrAll(actor, rounds, "from Submission x where x.roundId in :ids order by x.roundId, x.unitId, x.form",
                Submission.class, x -> x.roundId, x -> x.unitId);
    }

    /** The reminder letters of the rounds the actor reads (编办 and leaders: all; a unit: those addressed to it). */
    public Uni<Map<Long, List<ReminderLetter>>> letters(ScopedActor actor, List<EvaluationRound> rounds) {
        return ownOrAll(actor, rounds, "from ReminderLetter x where x.roundId in :ids order by x.roundId, x.id",
                ReminderLetter.class, x -> x.roundId, x -> x.unitId);
    }

    /** The rows of the rounds ({@code hql} over :ids) the actor sees as a unit's own business ({@link RoundPolicy#seesSubmission}). */
    private <T> Uni<Map<Long, List<T>>> ownOrAll(ScopedActor actor, List<EvaluationRound> rounds, String hql, Class<T> type,
                                                  Function<T, Long> roundOf, Function<T, Long> unitOf) {
        return views(actor, rounds).chain(views -> reads.read(s -> s.createSelectionQuery(hql, type)
                .setParameter("ids", views.keySet()).getResultList()).map(rows -> {
                    Map<Long, List<T>> out = new HashMap<>();
                    rows.stream().filter(x -> RoundPolicy.seesSubmission(views.get(roundOf.apply(x)), unitOf.apply(x) == actor.unitId()))
                            .forEach(x -> out.computeIfAbsent(roundOf.apply(x), k -> new ArrayList<>()).add(x));
                    return out;
                }));
    }

    /** A letter with its round, for its PDF; NOT_FOUND unless the actor is 编办/a leader of the region or the addressee. */
    public record LetterAccess(ReminderLetter letter, EvaluationRound round, Unit unit, List<Submission> submissions) {
    }

    public Uni<LetterAccess> letter(ScopedActor actor, long letterId) {
        return reads.read(s -> s.get(ReminderLetter.class, letterId)).chain(letter -> {
            if (letter == null) {
                throw new NotFoundException(LETTER_NOT_FOUND);
            }
            return access(actor, letter.roundId).onFailure(NotFoundException.class)
                    .transform(e -> new NotFoundException(LETTER_NOT_FOUND)).chain(a -> {
                        if (!RoundPolicy.seesSubmission(a.view(), letter.unitId == actor.unitId())) {
                            throw new NotFoundException(LETTER_NOT_FOUND);
                        }
                        return reads.read(s -> s.get(Unit.class, letter.unitId).chain(unit -> s.createSelectionQuery(
                                        "from Submission x where x.roundId = :r and x.unitId = :u order by x.form", Submission.class)
                                .setParameter("r", letter.roundId).setParameter("u", letter.unitId).getResultList()
                                .map(subs -> new LetterAccess(letter, a.round(), unit, subs))));
                    });
        });
    }

    /**
     * The score rows of the rounds the actor reads, as it may read them ({@link ScoreVisibility}); only the unit's when
     * {@code unitId} is given. Three queries for any number of rounds.
     */
    public Uni<Map<Long, List<ScoreView>>> scores(ScopedActor actor, List<EvaluationRound> rounds, Long unitId) {
        Map<Long, EvaluationRound> byId = byId(rounds);
        String ofUnit = unitId == null ? "" : " and x.unitId = :unit";
        return views(actor, rounds).chain(views -> schemes(rounds.stream().map(r -> r.schemeId).distinct().toList())
                .chain(schemes -> reads.read(s -> {
                    var units = s.createSelectionQuery("from RoundUnit x where x.roundId in :ids" + ofUnit, RoundUnit.class)
                            .setParameter("ids", byId.keySet());
                    var scores = s.createSelectionQuery("from Score x where x.roundId in :ids" + ofUnit
                            + " order by x.roundId, x.unitId, x.id", Score.class).setParameter("ids", byId.keySet());
                    if (unitId != null) {
                        units.setParameter("unit", unitId);
                        scores.setParameter("unit", unitId);
                    }
                    return units.getResultList().chain(us -> scores.getResultList().map(rows -> {
                        Map<String, EvaluationCategory> categories = new HashMap<>();
                        us.forEach(u -> categories.put(u.roundId + "/" + u.unitId, u.category));
                        Map<Long, List<ScoreView>> out = new HashMap<>();
                        for (Score x : rows) {
                            EvaluationRound r = byId.get(x.roundId);
                            var parts = ScoreVisibility.parts(views.get(x.roundId), r.stage, x.unitId == actor.unitId());
                            if (!parts.isEmpty()) {
                                IndicatorNode node = schemes.get(r.schemeId).document.node(x.indicatorCode).orElse(null);
                                out.computeIfAbsent(x.roundId, k -> new ArrayList<>()).add(
                                        ScoreViews.of(x, node, categories.get(x.roundId + "/" + x.unitId), parts, figures));
                            }
                        }
                        return out;
                    }));
                })));
    }

    /** 编办's progress panel of a round: per unit, each form's status, what is overdue, letters sent. */
    public Uni<List<ProgressRow>> progress(ScopedActor actor, long roundId) {
        return access(actor, roundId).chain(a -> {
            RoundPolicy.progress(a.view()).orThrow();
            return reads.read(s -> s.createSelectionQuery("""
                            select ru, u from RoundUnit ru, Unit u where u.id = ru.unitId and ru.roundId = :r
                            order by ru.category, u.code""", Object[].class).setParameter("r", roundId).getResultList()
                    .chain(units -> s.createSelectionQuery("from Submission x where x.roundId = :r order by x.form",
                                    Submission.class).setParameter("r", roundId).getResultList()
                            .chain(subs -> s.createSelectionQuery(
                                            "select x.unitId, count(x) from ReminderLetter x where x.roundId = :r group by x.unitId",
                                            Object[].class).setParameter("r", roundId).getResultList()
                                    .map(counts -> progressRows(units, subs, counts)))));
        });
    }

    private static List<ProgressRow> progressRows(List<Object[]> units, List<Submission> subs, List<Object[]> counts) {
        OffsetDateTime now = OffsetDateTime.now();
        Map<Long, List<Submission>> byUnit = new HashMap<>();
        subs.forEach(x -> byUnit.computeIfAbsent(x.unitId, k -> new ArrayList<>()).add(x));
        Map<Long, Integer> letters = new HashMap<>();
        counts.forEach(c -> letters.put((Long) c[0], ((Long) c[1]).intValue()));
        List<ProgressRow> rows = new ArrayList<>();
        for (Object[] row : units) {
            RoundUnit ru = (RoundUnit) row[0];
            List<Submission> own = byUnit.getOrDefault(ru.unitId, List.of());
            rows.add(new ProgressRow((Unit) row[1], ru.category, own,
                    own.stream().filter(x -> SubmissionTiming.missing(x, now)).map(x -> x.form).toList(),
                    (int) own.stream().filter(x -> SubmissionTiming.submitted(x.status) && SubmissionTiming.late(x.submittedAt, x.dueAt)).count(),
                    letters.getOrDefault(ru.unitId, 0)));
        }
        return rows;
    }

    /** What the caller's unit must submit in open rounds (not drafts, not published), soonest due first. */
    public Uni<List<EvaluationTask>> tasks(ScopedActor actor) {
        if (!RoundPolicy.evaluatedUnit(actor)) {
            return Uni.createFrom().item(List.of());
        }
        return reads.read(s -> s.createSelectionQuery("""
                        select x, r from Submission x, EvaluationRound r where x.unitId = :unit and r.id = x.roundId
                        and r.stage not in (:closed) and r.regionPath like :region order by x.dueAt, x.id""", Object[].class)
                .setParameter("unit", actor.unitId())
                .setParameter("closed", List.of(EvaluationStage.DRAFT, EvaluationStage.PUBLISHED))
                .setParameter("region", actor.regionPath() + "%").getResultList()).map(rows -> {
                    OffsetDateTime now = OffsetDateTime.now();
                    return rows.stream().map(row -> {
                        Submission x = (Submission) row[0];
                        return new EvaluationTask((EvaluationRound) row[1], x, SubmissionTiming.late(x, now), now.isAfter(x.locksAt));
                    }).toList();
                });
    }

    /** The name of the establishment office of the region (who signs its letters). */
    public Uni<String> officeOf(String regionPath) {
        return reads.read(s -> s.createSelectionQuery("select u.name from Unit u where u.parentId = :region and u.kind = :kind"
                        + " order by u.id", String.class).setParameter("region", RoundScope.regionUnitId(regionPath))
                .setParameter("kind", UnitKind.ESTABLISHMENT_OFFICE).getResultList())
                .map(names -> names.isEmpty() ? "机构编制委员会办公室" : names.get(0));
    }

    private static Map<Long, EvaluationRound> byId(List<EvaluationRound> rounds) {
        Map<Long, EvaluationRound> byId = new HashMap<>();
        rounds.forEach(r -> byId.put(r.id, r));
        return byId;
    }
}

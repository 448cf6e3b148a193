package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.results.ResultsPolicy.Sight;
import cn.lvzhi.evaluation.results.RoundData.UnitInScope;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.evaluation.schemes.LeafFigures;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a round's data for the results (评估结果) and decides, through {@link ResultsPolicy}, what the caller may see
 * of it: a round no unit of which the caller sees is NOT_FOUND (like a missing one); a unit's own result before the
 * REPLY stage is FORBIDDEN with the reason.
 */
@ApplicationScoped
public class ResultsReads {
    static final String ROUND_NOT_FOUND = "评估批次不存在 (round not found)";
    static final String RESULT_NOT_FOUND = "评估结果不存在 (result not found)";
    /** How far back the dashboard follows the chain of previous rounds. */
    static final int PERIODS = 5;

    private final ReadSessions reads;
    private final LeafFigures leafFigures;

    public ResultsReads(ReadSessions reads, LeafFigures leafFigures) {
        this.reads = reads;
        this.leafFigures = leafFigures;
    }

    /**
     * The round's data as the actor may read its marks (final marks hidden before publication from all but 编办 and
     * leaders), or null when there is no such round.
     */
    Uni<RoundData> load(ScopedActor actor, Long roundId) {
        return load(roundId).map(data -> {
            if (data != null && !ResultsPolicy.seesFinalMarks(actor, data.round().stage)) {
                data.scores().values().forEach(scores -> scores.forEach(s -> {
                    s.finalScore = null;
                    s.finalReason = null;
                }));
            }
            return data;
        });
    }

    /** The round's data with every mark, or null when there is no such round. */
    Uni<RoundData> load(Long roundId) {
        if (roundId == null) {
            return Uni.createFrom().nullItem();
        }
        return reads.read(s -> s.get(EvaluationRound.class, roundId).chain(round -> round == null ? Uni.createFrom().nullItem()
                : s.get(EvaluationScheme.class, round.schemeId).chain(scheme -> s.createSelectionQuery(
                        "select ru.unitId, u.code, u.name, u.path, ru.category from RoundUnit ru, Unit u"
                                + " where u.id = ru.unitId and ru.roundId = :r order by u.code", Object[].class)
                        .setParameter("r", roundId).getResultList()
                        .chain(units -> s.createSelectionQuery("from Score where roundId = :r order by id", Score.class)
                                .setParameter("r", roundId).getResultList()
                                .map(scores -> new RoundData(round, scheme.document, units.stream()
                                        .map(u -> new UnitInScope((Long) u[0], (String) u[1], (String) u[2], (String) u[3],
                                                (EvaluationCategory) u[4])).toList(),
                                        scores.stream().collect(Collectors.groupingBy(sc -> sc.unitId)),
                                        leafFigures.of(scheme.document)))))));
    }

    /** The round as the caller sees it: NOT_FOUND when it sees none of its units, FORBIDDEN before its own may be read. */
    Uni<RoundData> visibleRound(ScopedActor actor, long roundId) {
        return load(actor, roundId).map(data -> {
            if (data == null) {
                throw new NotFoundException(ROUND_NOT_FOUND);
            }
            Set<Sight> sights = data.units().stream().map(u -> sight(actor, data, u)).collect(Collectors.toSet());
            if (sights.contains(Sight.CURRENT) || sights.contains(Sight.PUBLISHED)) {
                return data;
            }
            if (sights.contains(Sight.NOT_YET)) {
                throw new ForbiddenException(ResultsPolicy.NOT_YET);
            }
            throw new NotFoundException(ROUND_NOT_FOUND);
        });
    }

    static Sight sight(ScopedActor actor, RoundData data, UnitInScope unit) {
        return ResultsPolicy.sight(actor, data.round().regionPath, data.round().stage, unit.path());
    }

    static boolean visible(Sight sight) {
        return sight == Sight.CURRENT || sight == Sight.PUBLISHED;
    }

    /** The previous round's data when the caller sees it (for the comparison), else null. */
    Uni<RoundData> previous(ScopedActor actor, RoundData data) {
        return load(actor, data.round().previousRoundId).map(prev -> prev == null
                || prev.units().stream().noneMatch(u -> visible(sight(actor, prev, u))) ? null : prev);
    }

    /** The results of a round, optionally of one category. */
    public Uni<EvaluationResultList> results(ScopedActor actor, long roundId, EvaluationCategory category) {
        return visibleRound(actor, roundId).chain(data -> previous(actor, data)
                .map(prev -> ResultTables.list(actor, data, prev, category)));
    }

    /** A unit's result with the breakdown. */
    public Uni<EvaluationUnitResult> result(ScopedActor actor, long roundId, long unitId) {
        return load(actor, roundId).chain(data -> {
            UnitInScope unit = data == null ? null : data.unit(unitId);
            Sight sight = unit == null ? Sight.NONE : sight(actor, data, unit);
            if (sight == Sight.NOT_YET) {
                throw new ForbiddenException(ResultsPolicy.NOT_YET);
            }
            if (!visible(sight)) {
                throw new NotFoundException(RESULT_NOT_FOUND);
            }
            Uni<List<EvaluationProblem>> problems = sight == Sight.CURRENT ? problems(roundId, unitId)
                    : Uni.createFrom().item(List.of());
            return previous(actor, data).chain(prev -> notes(roundId, unitId).chain(notes -> problems.map(
                    list -> ResultTables.breakdown(actor, data, prev, unit, notes, list))));
        });
    }

    /** The dashboard of a round: 编办 and leaders of the region only (others who see the round: FORBIDDEN). */
    public Uni<EvaluationDashboard> dashboard(ScopedActor actor, long roundId) {
        return visibleRound(actor, roundId).chain(data -> {
            ResultsPolicy.dashboard(actor, data.round().regionPath).orThrow();
            return chain(data, new ArrayList<>(List.of(data))).map(rounds -> ResultTables.dashboard(data, rounds));
        });
    }

    /** The round and up to {@link #PERIODS} − 1 rounds before it, newest first. */
    private Uni<List<RoundData>> chain(RoundData last, List<RoundData> acc) {
        if (acc.size() >= PERIODS || last.round().previousRoundId == null) {
            return Uni.createFrom().item(acc);
        }
        return load(last.round().previousRoundId).chain(prev -> {
            if (prev == null) {
                return Uni.createFrom().item(acc);
            }
            acc.add(prev);
            return chain(prev, acc);
        });
    }

    /**
     * The rounds of the caller's region whose results it sees (any unit's), and those it may import figures into (纪委监委
     * and 组织部 before publication), newest first.
     */
    public Uni<List<EvaluationRound>> rounds(ScopedActor actor) {
        if (actor.actor().system() || actor.regionPath() == null) {
            return Uni.createFrom().item(List.of());
        }
        return reads.read(s -> s.createSelectionQuery("from EvaluationRound where regionPath = :region order by id desc",
                        EvaluationRound.class).setParameter("region", actor.regionPath()).setMaxResults(200).getResultList()
                .chain(rounds -> s.createSelectionQuery("select roundId from RoundUnit where unitId = :u", Long.class)
                        .setParameter("u", actor.unitId()).getResultList().map(own -> rounds.stream().filter(r ->
                                ResultsPolicy.seesWholeRound(actor, r.regionPath, r.stage) || own.contains(r.id)
                                        && ResultsPolicy.sight(actor, r.regionPath, r.stage, actor.unitPath()) == Sight.CURRENT
                                        || ImportPolicy.importer(actor, r.regionPath, r.stage).allowed())
                                .toList())));
    }

    /** The source bodies of the round's IMPORTED indicators the caller may import figures for. */
    public Uni<List<String>> importBodies(ScopedActor actor, long roundId) {
        return load(roundId).map(data -> {
            boolean supplier = actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.ORGANISATION);
            if (data == null || !ImportPolicy.seesRound(actor, data.round().regionPath)
                    || !supplier && data.units().stream().allMatch(u -> sight(actor, data, u) == Sight.NONE)) {
                throw new NotFoundException(ROUND_NOT_FOUND);
            }
            ImportPolicy.importer(actor, data.round().regionPath, data.round().stage).orThrow();
            Set<String> bodies = new LinkedHashSet<>();
            data.scheme().leaves().stream().filter(n -> n.source() == IndicatorSource.IMPORTED && n.sourceBody() != null)
                    .forEach(n -> bodies.add(n.sourceBody()));
            return bodies.stream().filter(b -> ImportPolicy.importFigures(actor, data.round().regionPath,
                    data.round().stage, b).allowed()).toList();
        });
    }

    private Uni<List<EvaluationProblem>> problems(long roundId, long unitId) {
        return reads.read(s -> s.createSelectionQuery("from EvaluationProblem where roundId = :r and unitId = :u order by id",
                EvaluationProblem.class).setParameter("r", roundId).setParameter("u", unitId).getResultList());
    }

    /** The notes of imported figures, by score id (evaluation_score.figure_note, V21). */
    private Uni<Map<Long, String>> notes(long roundId, long unitId) {
        return reads.read(s -> s.createNativeQuery("select id, figure_note from evaluation_score where round_id = :r"
                        + " and unit_id = :u and figure_note is not null", Object[].class)
                .setParameter("r", roundId).setParameter("u", unitId).getResultList()
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]))));
    }
}

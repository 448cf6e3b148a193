package cn.lvzhi.evaluation.computations;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.RoundUnit;
import cn.lvzhi.evaluation.schemes.ComputationRef;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Actor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a round's figures (计算平台数据指标): every COMPUTED leaf of the round's scheme is run once for all the round's
 * units whose category it applies to, and each unit's score row gets the figure, numerator, denominator and source
 * (not applicable when there was nothing to count), with its evidence rows replaced by the new ones. Reads first, then
 * writes everything in one transaction that holds the round's row, so a round published meanwhile is never changed.
 */
@ApplicationScoped
public class RoundFigures {
    /** Computing without a user (a demo loader, a job) is attributed to this system actor. */
    static final Actor SYSTEM = new Actor("system:evaluation-figures", "evaluation-figures", "评估数据计算", true, 0L, null, Set.of());
    private static final int CHUNK = 5000;
    private static final Logger LOG = Logger.getLogger(RoundFigures.class);

    private final ReadSessions reads;
    private final Pool pool;
    private final Computations computations;
    private final AuditLog audit;

    public RoundFigures(ReadSessions reads, Pool pool, Computations computations, AuditLog audit) {
        this.reads = reads;
        this.pool = pool;
        this.computations = computations;
        this.audit = audit;
    }

    /** One computed leaf's figures, by unit. */
    private record Computed(String indicatorCode, Map<Long, ComputedFigure> figures, long millis) implements Scores.Computed {
    }

    /** Computes the round's figures as the system (no caller to check). */
    public Uni<RoundFiguresResult> compute(long roundId) {
        return run(SYSTEM, roundId);
    }

    /** Computes the round's figures for a caller: the establishment office of its region. */
    public Uni<RoundFiguresResult> compute(ScopedActor actor, long roundId) {
        return reads.read(s -> s.get(EvaluationRound.class, roundId)).chain(round -> {
            if (round == null) {
                throw new NotFoundException(FiguresPolicy.ROUND_NOT_FOUND);
            }
            FiguresPolicy.compute(actor, round.regionPath).orThrow();
            return run(actor.actor(), roundId);
        });
    }

    private Uni<RoundFiguresResult> run(Actor actor, long roundId) {
        long started = System.nanoTime();
        return reads.read(s -> s.get(EvaluationRound.class, roundId).chain(round -> {
            if (round == null) {
                throw new NotFoundException(FiguresPolicy.ROUND_NOT_FOUND);
            }
            requireOpen(round.stage);
            return s.get(EvaluationScheme.class, round.schemeId).chain(scheme -> s.createSelectionQuery(
                            "from RoundUnit u where u.roundId = :round order by u.unitId", RoundUnit.class)
                    .setParameter("round", roundId).getResultList()
                    .chain(units -> computeAll(s, round, scheme, units)));
        })).chain(computed -> write(actor, roundId, computed, started));
    }

    private static void requireOpen(EvaluationStage stage) {
        if (!FiguresPolicy.open(stage)) {
            throw new ConflictException(FiguresPolicy.PUBLISHED);
        }
    }

    /** Runs each computed leaf over its units, one after the other in the one read session. */
    private Uni<List<Computed>> computeAll(Mutiny.StatelessSession s, EvaluationRound round, EvaluationScheme scheme,
                                           List<RoundUnit> units) {
        EvaluationPeriod period = new EvaluationPeriod(round.periodStart, round.periodEnd);
        List<IndicatorNode> leaves = scheme == null || scheme.document == null ? List.of()
                : scheme.document.leaves().stream().filter(n -> n.source() == IndicatorSource.COMPUTED && n.computation() != null).toList();
        return Multi.createFrom().iterable(leaves).onItem().transformToUniAndConcatenate(leaf -> {
            Set<Long> unitIds = new LinkedHashSet<>();
            units.stream().filter(u -> leaf.appliesTo(u.category)).forEach(u -> unitIds.add(u.unitId));
            if (unitIds.isEmpty()) {
                return Uni.createFrom().item(new Computed(leaf.code(), Map.of(), 0));
            }
            Computation computation = computations.find(leaf.computation().name()).orElseThrow(() -> new ConflictException(
                    "指标 " + leaf.code() + " 的计算方法 " + leaf.computation().name() + " 不存在 (unknown computation)"));
            Map<String, Object> params = params(leaf, computation);
            long started = System.nanoTime();
            return computation.compute(s, unitIds, period, params)
                    .map(figures -> new Computed(leaf.code(), figures, (System.nanoTime() - started) / 1_000_000));
        }).collect().asList();
    }

    /** The leaf's parameter values, typed and defaulted by the computation's declaration. */
    static Map<String, Object> params(IndicatorNode leaf, Computation computation) {
        Map<String, String> given = new HashMap<>();
        for (ComputationRef.Param p : leaf.computation().params()) {
            given.put(p.name(), p.value());
        }
        Map<String, Object> params = new HashMap<>();
        try {
            for (ParamSpec spec : computation.parameters()) {
                String value = given.getOrDefault(spec.name(), spec.defaultValue());
                params.put(spec.name(), spec.parse(value));
            }
        } catch (IllegalArgumentException e) {
            throw new ValidationException("input.roundId", "指标 " + leaf.code() + "：" + e.getMessage());
        }
        return params;
    }

    private Uni<RoundFiguresResult> write(Actor actor, long roundId, List<Computed> computed, long started) {
        Scores scores = new Scores(computed);
        long writing = System.nanoTime();
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT stage FROM evaluation_round WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(roundId))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new NotFoundException(FiguresPolicy.ROUND_NOT_FOUND);
                    }
                    requireOpen(EvaluationStage.valueOf(rows.iterator().next().getString("stage")));
                    return upsert(conn, roundId, scores);
                })
                .chain(scoreIds -> replaceEvidence(conn, scores, scoreIds))
                .map(evidence -> new RoundFiguresResult(roundId, scores.unitCount(), scores.indicatorCount(), scores.size(),
                        scores.notApplicable(), evidence, (System.nanoTime() - started) / 1_000_000))
                .call(result -> audit.record(conn, actor, "EVALUATION_FIGURES_COMPUTED", "EvaluationRound", roundId, null,
                        Map.of("indicators", result.indicators(), "units", result.units(), "figures", result.figures(),
                                "notApplicable", result.notApplicable(), "evidenceRows", result.evidenceRows()))))
                .invoke(result -> LOG.infof("round %d: %d figures, %d evidence rows in %d ms (written in %d ms; computed: %s)", roundId,
                        result.figures(), result.evidenceRows(), result.milliseconds(), (System.nanoTime() - writing) / 1_000_000,
                        computed.stream().map(c -> c.indicatorCode() + " " + c.millis() + " ms").toList()));
    }

    /** Upserts the score rows' figure columns; returns the score id of each (unit, indicator). */
    private static Uni<Map<String, Long>> upsert(SqlConnection conn, long roundId, Scores scores) {
        if (scores.size() == 0) {
            return Uni.createFrom().item(Map.of());
        }
        return conn.preparedQuery("""
                        INSERT INTO evaluation_score (round_id, unit_id, indicator_code, not_applicable, figure, figure_numerator,
                                                      figure_denominator, figure_source, computed_at)
                        SELECT $1, t.unit_id, t.code, t.na, t.figure::numeric, t.numerator::numeric, t.denominator::numeric,
                               'COMPUTED', now()
                        FROM unnest($2::bigint[], $3::text[], $4::boolean[], $5::text[], $6::text[], $7::text[])
                            AS t(unit_id, code, na, figure, numerator, denominator)
                        ON CONFLICT (round_id, unit_id, indicator_code) DO UPDATE SET
                            not_applicable = excluded.not_applicable, figure = excluded.figure,
                            figure_numerator = excluded.figure_numerator, figure_denominator = excluded.figure_denominator,
                            figure_source = 'COMPUTED', computed_at = excluded.computed_at,
                            -- marks given on a figure that is now "nothing to count" have nothing left to stand on
                            first_score = CASE WHEN excluded.not_applicable THEN NULL ELSE evaluation_score.first_score END,
                            final_score = CASE WHEN excluded.not_applicable THEN NULL ELSE evaluation_score.final_score END,
                            version = evaluation_score.version + 1
                        RETURNING id, unit_id, indicator_code""")
                .execute(Tuple.from(Arrays.asList(roundId, scores.units.toArray(Long[]::new), scores.codes.toArray(String[]::new),
                        scores.na.toArray(Boolean[]::new), scores.values.toArray(String[]::new),
                        scores.numerators.toArray(String[]::new), scores.denominators.toArray(String[]::new))))
                .map(rows -> {
                    Map<String, Long> ids = new HashMap<>();
                    for (Row r : rows) {
                        ids.put(Scores.key(r.getLong("unit_id"), r.getString("indicator_code")), r.getLong("id"));
                    }
                    return ids;
                });
    }

    /** Deletes the scores' old evidence rows and inserts the new ones in chunks; returns how many were inserted. */
    private static Uni<Integer> replaceEvidence(SqlConnection conn, Scores scores, Map<String, Long> scoreIds) {
        if (scoreIds.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Object[]> rows = scores.evidence(scoreIds);
        List<List<Object[]>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
        return conn.preparedQuery("DELETE FROM evaluation_evidence_row WHERE score_id = ANY($1::bigint[])")
                .execute(Tuple.of(scoreIds.values().toArray(Long[]::new)))
                .chain(() -> Multi.createFrom().iterable(chunks).onItem().transformToUniAndConcatenate(chunk -> conn.preparedQuery("""
                                INSERT INTO evaluation_evidence_row (score_id, kind, ref_id, ref_code, label, counted, note, occurred_at)
                                SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::boolean[],
                                                     $7::text[], $8::text[]::timestamptz[])""")
                        .execute(Tuple.from(Arrays.asList(column(chunk, 0, Long[]::new), column(chunk, 1, String[]::new),
                                column(chunk, 2, Long[]::new), column(chunk, 3, String[]::new), column(chunk, 4, String[]::new),
                                column(chunk, 5, Boolean[]::new), column(chunk, 6, String[]::new), column(chunk, 7, String[]::new))))
                        .map(r -> r.rowCount()))
                        .collect().asList())
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
        T[] values = array.apply(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            T value = (T) rows.get(i)[index];
            values[i] = value;
        }
        return values;
    }
}

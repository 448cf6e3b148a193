package cn.lvzhi.evaluation.results;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetRowsException;
import cn.lvzhi.common.TransactionSignals;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.results.RoundData.UnitInScope;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Figures of IMPORTED indicators from .xlsx (外部指标数据导入), naming the source body: the template lists every unit in
 * scope × indicator of that body; an import is all-or-nothing — every row is checked first — and a valid sheet upserts
 * the figures of the score rows (figure_source IMPORTED) under one evaluation_import row, audited.
 */
@ApplicationScoped
public class FigureImportService {
    static final String NO_SUCH_BODY = "本批次没有由该机关提供的导入指标 (the round has no indicators of this source body)";

    private final ResultsReads reads;
    private final AuditLog audit;

    public FigureImportService(ResultsReads reads, AuditLog audit) {
        this.reads = reads;
        this.audit = audit;
    }

    /** What an import wrote. */
    public record Result(long importId, int rowCount, List<Object> errors) {
    }

    /** The round, when the actor may import figures of the body into it (NOT_FOUND / FORBIDDEN / VALIDATION otherwise). */
    private Uni<RoundData> target(ScopedActor actor, long roundId, String sourceBody) {
        if (sourceBody == null || sourceBody.isBlank()) {
            throw new ValidationException("sourceBody", "请指定数据来源机关 (sourceBody required)");
        }
        return reads.load(roundId).map(data -> {
            if (data == null || !ImportPolicy.seesRound(actor, data.round().regionPath)) {
                throw new NotFoundException(ResultsReads.ROUND_NOT_FOUND);
            }
            ImportPolicy.importFigures(actor, data.round().regionPath, data.round().stage, sourceBody).orThrow();
            if (indicators(data, sourceBody).isEmpty()) {
                throw new ValidationException("sourceBody", NO_SUCH_BODY);
            }
            return data;
        });
    }

    private static List<IndicatorNode> indicators(RoundData data, String sourceBody) {
        return data.scheme().leaves().stream()
                .filter(n -> n.source() == IndicatorSource.IMPORTED && sourceBody.equals(n.sourceBody())).toList();
    }

    private static boolean applies(RoundData data, UnitInScope u, IndicatorNode n) {
        return n.appliesTo(u.category()) && data.scoresOf(u.id()).stream()
                .noneMatch(s -> s.notApplicable && s.indicatorCode.equals(n.code()));
    }

    /** The template: one row per unit in scope and applicable indicator of the body, with the figures so far. */
    public Uni<byte[]> template(ScopedActor actor, long roundId, String sourceBody) {
        return target(actor, roundId, sourceBody).chain(data -> SheetReader.onWorker(() -> {
            List<List<Object>> rows = new ArrayList<>();
            for (UnitInScope u : data.units()) {
                for (IndicatorNode n : indicators(data, sourceBody)) {
                    if (applies(data, u, n)) {
                        Score s = data.scoresOf(u.id()).stream().filter(x -> x.indicatorCode.equals(n.code())).findFirst().orElse(null);
                        rows.add(java.util.Arrays.asList(u.code(), u.name(), n.code(), n.name(), s == null ? null : s.figure, null));
                    }
                }
            }
            return FigureSheet.write(data.round().name + "：" + sourceBody + "提供的指标数据（第 3 行起每行一个单位的一项指标；"
                    + "数值为次数、比率（0 至 1）或达标 1/未达标 0）", rows);
        }));
    }

    public Uni<Result> importSheet(ScopedActor actor, long roundId, String sourceBody, String fileName, Path file) {
        return target(actor, roundId, sourceBody).chain(data -> SheetReader.onWorker(() -> SheetReader.read(file, FigureSheet.CODE,
                        FigureSheet.REQUIRED, FigureSheet.MAX_ROWS, FigureSheet.SHEET_NAME).stream().map(FigureSheet::read).toList())
                .map(rows -> FigureImportPlanner.plan(rows, target(data, sourceBody)))
                .chain(plan -> {
                    if (!plan.valid()) {
                        throw new SheetRowsException(plan.errors());
                    }
                    return Panache.withTransaction(() -> write(actor, roundId, sourceBody, fileName, plan.writes()));
                }));
    }

    private static FigureImportPlanner.Target target(RoundData data, String sourceBody) {
        Map<String, Long> units = new HashMap<>();
        Set<String> codes = new HashSet<>();
        Set<String> notApplicable = new HashSet<>();
        List<IndicatorNode> indicators = indicators(data, sourceBody);
        indicators.forEach(n -> codes.add(n.code()));
        for (UnitInScope u : data.units()) {
            units.put(u.code(), u.id());
            indicators.stream().filter(n -> !applies(data, u, n))
                    .forEach(n -> notApplicable.add(FigureImportPlanner.Target.key(u.id(), n.code())));
        }
        return new FigureImportPlanner.Target(sourceBody, units, codes, notApplicable);
    }

    /** The audit trail's record of an import. */
    record ImportSnapshot(long importId, String sourceBody, String fileName, int rows, List<Figure> figures) {
    }

    /** One figure written, with the one it replaced. */
    record Figure(long unitId, String indicatorCode, BigDecimal before, BigDecimal after) {
    }

    private Uni<Result> write(ScopedActor actor, long roundId, String sourceBody, String fileName,
                              List<FigureImportPlanner.Write> writes) {
        return TransactionSignals.lockUntilEnd("evaluation-import:" + roundId)
                // the stage is checked again under the lock: a round published meanwhile takes no figures
                .chain(() -> EvaluationRound.<EvaluationRound>findById(roundId))
                .invoke(round -> ImportPolicy.importFigures(actor, round.regionPath, round.stage, sourceBody).orThrow())
                .chain(Panache::getSession).chain(session -> session.createNativeQuery("""
                                insert into evaluation_import (round_id, source_body, file_name, row_count, imported_by_name)
                                values (?1, ?2, ?3, ?4, ?5) returning id""", Long.class)
                        .setParameter(1, roundId).setParameter(2, sourceBody).setParameter(3, fileName)
                        .setParameter(4, writes.size()).setParameter(5, actor.actor().displayName()).getSingleResult()
                .chain(importId -> Score.<Score>list("roundId = ?1", roundId).chain(scores -> {
                    Map<String, BigDecimal> before = new HashMap<>();
                    scores.forEach(s -> before.put(s.unitId + "/" + s.indicatorCode, s.figure));
                    List<Figure> figures = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (FigureImportPlanner.Write w : writes) {
                        figures.add(new Figure(w.unitId(), w.indicatorCode(), before.get(w.unitId() + "/" + w.indicatorCode()), w.figure()));
                        chain = chain.chain(() -> upsert(session, roundId, importId, w));
                    }
                    return chain.chain(() -> audit.record(actor.actor(), "EVALUATION_FIGURES_IMPORTED", "EvaluationImport", importId,
                                    null, new ImportSnapshot(importId, sourceBody, fileName, writes.size(), figures)))
                            .replaceWith(new Result(importId, writes.size(), List.of()));
                })));
    }

    private static Uni<Void> upsert(Mutiny.Session session, long roundId, long importId, FigureImportPlanner.Write w) {
        return session.createNativeQuery("""
                        insert into evaluation_score (round_id, unit_id, indicator_code, figure, figure_source, import_id, figure_note)
                        values (?1, ?2, ?3, ?4, 'IMPORTED', ?5, nullif(?6, ''))
                        on conflict (round_id, unit_id, indicator_code) do update set figure = excluded.figure,
                            figure_source = 'IMPORTED', import_id = excluded.import_id, figure_note = excluded.figure_note,
                            figure_numerator = null, figure_denominator = null, version = evaluation_score.version + 1""")
                .setParameter(1, roundId).setParameter(2, w.unitId()).setParameter(3, w.indicatorCode())
                .setParameter(4, w.figure()).setParameter(5, importId).setParameter(6, Objects.requireNonNullElse(w.note(), ""))
                .executeUpdate().replaceWithVoid();
    }
}

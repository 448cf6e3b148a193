package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetReader;
import cn.lvzhi.evaluation.results.RoundData.UnitInScope;
import cn.lvzhi.evaluation.schemes.Scoring;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results as files: a unit's feedback letter (PDF) and the round's export for the city's performance assessment
 * (.xlsx), each read through the same visibility as the evaluationResult / evaluationResults queries.
 */
@ApplicationScoped
public class ResultsDownloads {
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final ResultsReads reads;
    private final String fontPath;

    public ResultsDownloads(ResultsReads reads, @ConfigProperty(name = "lvzhi.pdf.cjk-font") String fontPath) {
        this.reads = reads;
        this.fontPath = fontPath;
    }

    /** A file and the unit or round it names. */
    public record File(byte[] content, String name) {
    }

    public Uni<File> feedback(ScopedActor actor, long roundId, long unitId) {
        return reads.result(actor, roundId, unitId).chain(result -> SheetReader.onWorker(() -> new File(
                FeedbackLetter.render(result, LocalDate.now(BUSINESS_ZONE), fontPath),
                FeedbackLetter.TITLE + "_" + result.result().unitName() + "_" + result.roundName())));
    }

    public Uni<File> export(ScopedActor actor, long roundId) {
        return reads.visibleRound(actor, roundId).chain(data -> reads.previous(actor, data).chain(prev -> {
            EvaluationResultList list = ResultTables.list(actor, data, prev, null);
            List<String[]> aspects = data.scheme().children(null).stream().map(n -> new String[] {n.code(), n.name()}).toList();
            Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
            Map<Long, List<ResultNode>> breakdowns = new HashMap<>();
            for (EvaluationResultRow row : list.rows()) {
                UnitInScope unit = data.unit(row.unitId());
                Map<String, BigDecimal> byAspect = new HashMap<>();
                data.total(unit).nodes().stream().filter(n -> n.depth() == 0 && n.score() != null)
                        .forEach((Scoring.NodeResult n) -> byAspect.put(n.node().code(), n.score()));
                scores.put(row.unitId(), byAspect);
                breakdowns.put(row.unitId(), ResultTables.breakdown(actor, data, prev, unit, Map.of(), List.of()).nodes());
            }
            return SheetReader.onWorker(() -> new File(ResultsExport.write(list, aspects, scores, breakdowns),
                    list.roundName() + "_评估结果"));
        }));
    }
}

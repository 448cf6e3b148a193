package cn.lvzhi.evaluation.computations;

import cn.lvzhi.tracking.TrackingResultsReads;
import cn.lvzhi.tracking.TrackingResultsReads.Result;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TRACKING_RESULT (跟踪问效结果): the mean follow-up result (问效得分, normalised to 0..100 exactly as the follow-up round
 * shows it) of the unit's establishment matters whose review was completed (last indicator scored) in the period,
 * ÷ 100: numerator the sum of the results, denominator 100 × the number of matters. No reviewed matter means nothing
 * to count. Rows: one per reviewed matter (TRACKING_REVIEW).
 */
@Singleton
public class TrackingResult extends BaseComputation {
    static final String NAME = "TRACKING_RESULT";
    static final String DESCRIPTION = "跟踪问效结果：本期内完成评分（最后一项指标评分时间在期内）的本单位机构编制事项，其问效得分（按不适用指标归一化后的百分制）的平均值除以 100；"
            + "分子为各事项得分之和，分母为 100 × 事项数。本期无完成问效的事项时不适用。"
            + " (Mean normalised follow-up result ÷ 100 of the unit's matters whose review was completed in the period.)";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TrackingResultsReads tracking;

    public TrackingResult(TrackingResultsReads tracking) {
        super(NAME, DESCRIPTION, FigureKind.RATE, List.of());
        this.tracking = tracking;
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        return tracking.results(session, unitIds, period.from(), period.until()).map(results -> {
            Map<Long, BigDecimal> sums = new HashMap<>();
            results.forEach(r -> sums.merge(r.unitId(), r.result(), BigDecimal::add));
            Map<Long, List<EvidenceRow>> byUnit = Figures.byUnit(results, Result::unitId,
                    r -> new EvidenceRow("TRACKING_REVIEW", r.roundMatterId(), r.documentNo(), r.roundName() + "：" + r.content(),
                            true, "问效得分 " + Figures.plain(r.result()), r.scoredAt()));
            Map<Long, ComputedFigure> figures = new HashMap<>();
            for (Long unit : unitIds) {
                List<EvidenceRow> own = byUnit.getOrDefault(unit, List.of());
                figures.put(unit, ComputedFigure.rate(sums.getOrDefault(unit, BigDecimal.ZERO),
                        HUNDRED.multiply(BigDecimal.valueOf(own.size())), own));
            }
            return figures;
        });
    }
}

package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.computations.EvidenceRow;
import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.computations.ParamSpec;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PEER_RATING (互评得分率): the unit's peer score as a target ÷ 100, from the peer assessment of the latest round of its
 * region whose period is exactly the period computed (the round's own). The score is {@link PeerAggregation}'s over the
 * ratings given (trimmed mean from the round's {@code trimFrom} ratings); {@code raterKind} DEPARTMENT or TOWNSHIP
 * counts only ratings from that kind (部门互评 / 乡镇评部门), ALL counts every rating. No rating, not applicable. One
 * row (PEER_RATING): the round and the counts — never who rated.
 */
@Singleton
public class PeerRatingComputation implements Computation {
    static final String NAME = "PEER_RATING";
    static final String RATER_KIND = "raterKind";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "互评得分率：本期评估批次互评中，本单位作为被评单位所得评分（达到设定人数时去掉一个最高分和一个最低分）的平均分除以 100；"
                + "参数 raterKind 为 DEPARTMENT 时只计部门评分（部门互评），TOWNSHIP 时只计乡镇评分（乡镇评部门），ALL 计全部。无人评分时不适用。"
                + " (The unit's peer score as a target ÷ 100: the trimmed mean of the ratings given in the round of the period;"
                + " raterKind DEPARTMENT, TOWNSHIP or ALL chooses whose ratings count.)";
    }

    @Override
    public FigureKind figureKind() {
        return FigureKind.RATE;
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(new ParamSpec(RATER_KIND, ParamSpec.ParamType.TEXT, "ALL",
                "计入哪类评价单位的评分：ALL、DEPARTMENT 或 TOWNSHIP (whose ratings count: ALL, DEPARTMENT or TOWNSHIP)"));
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        String kind = String.valueOf(params.getOrDefault(RATER_KIND, "ALL"));
        if (!List.of("ALL", "DEPARTMENT", "TOWNSHIP").contains(kind)) {
            throw new IllegalArgumentException("参数 raterKind 须为 ALL、DEPARTMENT 或 TOWNSHIP (raterKind must be ALL, DEPARTMENT or TOWNSHIP)");
        }
        return session.createNativeQuery("""
                        SELECT a.target_unit_id, r.id, r.name, s.trim_from, s.generated_at, a.score
                        FROM evaluation_peer_assignment a
                        JOIN evaluation_round r ON r.id = a.round_id
                        JOIN evaluation_peer_setup s ON s.round_id = a.round_id
                        WHERE a.target_unit_id IN (:units) AND a.score IS NOT NULL
                          AND r.period_start = :start AND r.period_end = :end
                          AND (CAST(:kind AS varchar) = 'ALL' OR a.rater_kind = CAST(:kind AS varchar))
                          AND r.id = (SELECT max(a2.round_id) FROM evaluation_peer_assignment a2
                                      JOIN evaluation_round r2 ON r2.id = a2.round_id
                                      WHERE a2.target_unit_id = a.target_unit_id AND a2.score IS NOT NULL
                                        AND r2.period_start = :start AND r2.period_end = :end)
                        ORDER BY a.target_unit_id, a.score""", Object[].class)
                .setParameter("units", unitIds).setParameter("start", period.start()).setParameter("end", period.end())
                .setParameter("kind", kind)
                .getResultList()
                .map(rows -> figures(unitIds, rows));
    }

    private static Map<Long, ComputedFigure> figures(Set<Long> unitIds, List<Object[]> rows) {
        Map<Long, List<Object[]>> byUnit = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byUnit.computeIfAbsent(((Number) r[0]).longValue(), u -> new ArrayList<>()).add(r);
        }
        Map<Long, ComputedFigure> figures = new HashMap<>();
        for (Long unit : unitIds) {
            List<Object[]> own = byUnit.getOrDefault(unit, List.of());
            if (own.isEmpty()) {
                figures.put(unit, ComputedFigure.nothingToCount(List.of()));
                continue;
            }
            Object[] first = own.get(0);
            PeerAggregation.Result result = PeerAggregation.of(own.stream().map(r -> (BigDecimal) r[5]).toList(),
                    ((Number) first[3]).intValue());
            String note = result.ratings() + " 个单位评分" + (result.trimmed() ? "，去掉一个最高分和一个最低分后" : "，") + "平均 "
                    + result.score().toPlainString() + " 分";
            long roundId = ((Number) first[1]).longValue();
            EvidenceRow row = new EvidenceRow("PEER_RATING", roundId, "PEER-" + roundId, first[2] + "：互评", true, note,
                    time(first[4]));
            figures.put(unit, ComputedFigure.rate(result.score(), HUNDRED, List.of(row)));
        }
        return figures;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        return value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : null;
    }
}

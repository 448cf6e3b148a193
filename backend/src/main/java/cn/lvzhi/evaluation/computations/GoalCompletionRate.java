package cn.lvzhi.evaluation.computations;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GOAL_COMPLETION_RATE (年度履职目标完成率): verified milestones ÷ due milestones. Due: the milestones (季度节点) of the
 * unit's published goals whose due date lies in the period. Each counts by its latest on-site verification (察访核验)
 * of that milestone: verified YES 1, PARTLY {@code partlyCounts} (default 0.5), NO or not verified 0. Nothing due
 * means nothing to count. Rows: one per due milestone (MILESTONE).
 */
@Singleton
public class GoalCompletionRate extends BaseComputation {
    static final String NAME = "GOAL_COMPLETION_RATE";
    static final String DESCRIPTION = "年度履职目标完成率：本单位已公布的年度履职目标中，节点日期在本期内的季度节点，按其最近一次察访核验结论计分——"
            + "核验完成计 1，部分完成计 partlyCounts（默认 0.5），未完成或未核验计 0——之和除以到期节点数。本期无到期节点时不适用。"
            + " (Verified milestones ÷ milestones due in the period: YES 1, PARTLY partlyCounts, NO or unverified 0.)";
    static final String PARTLY_COUNTS = "partlyCounts";

    public GoalCompletionRate() {
        super(NAME, DESCRIPTION, FigureKind.RATE, List.of(new ParamSpec(PARTLY_COUNTS, ParamSpec.ParamType.DECIMAL, "0.5",
                "“部分完成”的节点计多少（0 至 1） (what a partly completed milestone counts, 0..1)")));
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        BigDecimal partly = (BigDecimal) params.getOrDefault(PARTLY_COUNTS, new BigDecimal("0.5"));
        if (partly.signum() < 0 || partly.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("参数 partlyCounts 须在 0 至 1 之间 (partlyCounts must be 0..1)");
        }
        return session.createNativeQuery("""
                        SELECT m.id, g.unit_id, g.year, g.ordinal, m.quarter, g.title, m.description, m.due_on, v.result, v.verified_on
                        FROM duty_goal_milestone m
                        JOIN duty_goal g ON g.id = m.goal_id
                        LEFT JOIN LATERAL (
                            SELECT gv.result, gv.verified_on FROM goal_verification gv
                            WHERE gv.milestone_id = m.id ORDER BY gv.verified_on DESC, gv.id DESC LIMIT 1) v ON true
                        WHERE g.unit_id IN (:units) AND g.status = 'PUBLISHED' AND m.due_on >= :start AND m.due_on <= :end
                        ORDER BY g.unit_id, m.due_on, g.ordinal, m.quarter""", Object[].class)
                .setParameter("units", unitIds).setParameter("start", period.start()).setParameter("end", period.end())
                .getResultList()
                .map(rows -> {
                    Map<Long, BigDecimal> earned = new HashMap<>();
                    Map<Long, List<EvidenceRow>> byUnit = Figures.byUnit(rows, r -> Figures.id(r[1]), r -> {
                        String result = (String) r[8];
                        BigDecimal value = "YES".equals(result) ? BigDecimal.ONE : "PARTLY".equals(result) ? partly : BigDecimal.ZERO;
                        earned.merge(Figures.id(r[1]), value, BigDecimal::add);
                        String note = result == null ? "未核验，计 0"
                                : switch (result) {
                                    case "YES" -> "核验完成，计 1";
                                    case "PARTLY" -> "核验部分完成，计 " + Figures.plain(partly);
                                    default -> "核验未完成，计 0";
                                };
                        String code = "G" + r[2] + "-" + r[3] + "-Q" + r[4];
                        return new EvidenceRow("MILESTONE", Figures.id(r[0]), code, r[5] + "：" + r[6], value.signum() > 0,
                                note + (r[9] == null ? "" : "（核验日期 " + r[9] + "）"), Figures.time(r[7]));
                    });
                    Map<Long, ComputedFigure> figures = new HashMap<>();
                    for (Long unit : unitIds) {
                        List<EvidenceRow> own = byUnit.getOrDefault(unit, List.of());
                        figures.put(unit, ComputedFigure.rate(earned.getOrDefault(unit, BigDecimal.ZERO),
                                BigDecimal.valueOf(own.size()), own));
                    }
                    return figures;
                });
    }
}

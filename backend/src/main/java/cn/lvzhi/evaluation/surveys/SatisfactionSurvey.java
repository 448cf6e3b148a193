package cn.lvzhi.evaluation.surveys;

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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SATISFACTION_SURVEY (问卷满意度): for each assessed unit, the mean of the scale answers about it given in the period
 * (anonymous and named alike), each normalised to [0,1] as (value−1)/(max−1) — the same figure the results page shows.
 * Rows: one per questionnaire counted (QUESTIONNAIRE), with its sheets and mean. No scale answer: not applicable.
 */
@Singleton
public class SatisfactionSurvey implements Computation {
    static final String NAME = "SATISFACTION_SURVEY";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "问卷满意度：本期内针对本单位的问卷答卷中，全部量表题得分按（分值−1）÷（满分−1）折算到 0–1 后的平均值；"
                + "匿名与实名答卷同等计入，按作答日期计入期间。无量表题答卷时不适用。"
                + " (Mean of the scale answers about the unit in the period, each normalised to [0,1]; not applicable without any.)";
    }

    @Override
    public FigureKind figureKind() {
        return FigureKind.RATE;
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of();
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        return session.createSelectionQuery("""
                        from QuestionnaireResponse r where r.targetUnitId in :units and r.answeredOn >= :from and r.answeredOn <= :to
                        order by r.targetUnitId, r.questionnaireId, r.id""", QuestionnaireResponse.class)
                .setParameter("units", unitIds).setParameter("from", period.start()).setParameter("to", period.end())
                .getResultList().chain(rows -> {
                    List<Long> ids = rows.stream().map(r -> r.questionnaireId).distinct().toList();
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(figures(unitIds, rows, Map.of()));
                    }
                    return session.createSelectionQuery("from Questionnaire q where q.id in :ids", Questionnaire.class)
                            .setParameter("ids", ids).getResultList().map(qs -> {
                                Map<Long, Questionnaire> byId = new HashMap<>();
                                qs.forEach(q -> byId.put(q.id, q));
                                return figures(unitIds, rows, byId);
                            });
                });
    }

    /** Each unit's figure from its sheets, grouped by questionnaire (rows in unit, questionnaire order). */
    static Map<Long, ComputedFigure> figures(Set<Long> unitIds, List<QuestionnaireResponse> rows, Map<Long, Questionnaire> questionnaires) {
        Map<Long, Map<Long, List<List<Answer>>>> byUnit = new HashMap<>();
        for (QuestionnaireResponse r : rows) {
            byUnit.computeIfAbsent(r.targetUnitId, k -> new LinkedHashMap<>()).computeIfAbsent(r.questionnaireId, k -> new ArrayList<>())
                    .add(r.answers.items());
        }
        Map<Long, ComputedFigure> out = new HashMap<>();
        for (Long unit : unitIds) {
            double sum = 0;
            long n = 0;
            List<EvidenceRow> evidence = new ArrayList<>();
            for (var e : byUnit.getOrDefault(unit, Map.of()).entrySet()) {
                Questionnaire q = questionnaires.get(e.getKey());
                double[] s = SurveyResults.satisfactionSum(q.questions.items(), e.getValue());
                sum += s[0];
                n += (long) s[1];
                String mean = s[1] == 0 ? "无量表题作答" : "折算满意度 " + percent(s[0] / s[1]);
                evidence.add(new EvidenceRow("QUESTIONNAIRE", q.id, "Q" + q.id, q.title, s[1] > 0,
                        e.getValue().size() + " 份答卷，" + (long) s[1] + " 个量表题作答，" + mean, q.publishedAt));
            }
            out.put(unit, ComputedFigure.rate(BigDecimal.valueOf(sum).setScale(4, RoundingMode.HALF_UP), BigDecimal.valueOf(n), evidence));
        }
        return out;
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}

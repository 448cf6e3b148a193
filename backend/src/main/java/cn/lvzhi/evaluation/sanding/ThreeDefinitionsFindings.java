package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.computations.EvidenceRow;
import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.computations.ParamSpec;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * THREE_DEFINITIONS_FINDINGS (“三定”执行问题数): the unit's 三定 execution findings that are not 履行到位 (缺位, 越位,
 * 错位) in the rounds assessing a period inside the one computed (a round's own period included). Rows: one per
 * finding (DUTY_FINDING), code 第N条, with the verdict and 编办's note.
 */
@Singleton
public class ThreeDefinitionsFindings implements Computation {
    static final String NAME = "THREE_DEFINITIONS_FINDINGS";
    static final String DESCRIPTION = "“三定”执行问题数：评估期间内各评估批次对本单位“三定”职责记录为缺位、越位、错位的条数，每条职责每批次计 1 次；没有时为 0。"
            + " (Number of the unit's 三定 duties found not performed, performed beyond the mandate or performed by"
            + " another unit, in rounds assessing the period.)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public FigureKind figureKind() {
        return FigureKind.COUNT;
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of();
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        return session.createNativeQuery("""
                        SELECT f.id, f.unit_id, d.ordinal, d.text, f.verdict, w.name, f.note, f.recorded_at, r.name
                        FROM evaluation_duty_finding f
                        JOIN evaluation_round r ON r.id = f.round_id
                        JOIN mandate_duty d ON d.id = f.duty_id
                        LEFT JOIN unit w ON w.id = f.wrong_unit_id
                        WHERE f.unit_id IN (:units) AND f.verdict <> 'FULFILLED'
                          AND r.period_start >= :start AND r.period_end <= :end
                        ORDER BY f.unit_id, r.period_start, d.ordinal, f.id""", Object[].class)
                .setParameter("units", unitIds).setParameter("start", period.start()).setParameter("end", period.end())
                .getResultList()
                .map(rows -> {
                    Map<Long, List<EvidenceRow>> byUnit = new HashMap<>();
                    for (Object[] r : rows) {
                        Verdict verdict = Verdict.valueOf((String) r[4]);
                        String note = r[8] + "：" + verdict.word() + (r[5] == null ? "" : "（由" + r[5] + "履行）")
                                + (r[6] == null ? "" : "；" + r[6]);
                        byUnit.computeIfAbsent(FollowUps.id(r[1]), k -> new ArrayList<>()).add(new EvidenceRow("DUTY_FINDING",
                                FollowUps.id(r[0]), "第" + r[2] + "条", (String) r[3], true, note, FollowUps.time(r[7])));
                    }
                    Map<Long, ComputedFigure> out = new HashMap<>();
                    for (Long unit : unitIds) {
                        List<EvidenceRow> found = byUnit.getOrDefault(unit, List.of());
                        out.put(unit, ComputedFigure.count(found.size(), found));
                    }
                    return out;
                });
    }
}

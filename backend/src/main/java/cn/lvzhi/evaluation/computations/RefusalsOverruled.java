package cn.lvzhi.evaluation.computations;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REFUSALS_OVERRULED (退单被裁定次数): the dispatches the unit refused (退单) in the period whose case later had a dispute
 * (职责争议) resolved — after the refusal — naming the unit as lead unit or among the co-operating units: the refusal
 * was overruled. Each refused dispatch counts once (the first such decision is shown). Rows: one per overruled
 * refusal (DISPATCH), with the dispute's code.
 */
@Singleton
public class RefusalsOverruled extends BaseComputation {
    static final String NAME = "REFUSALS_OVERRULED";
    static final String DESCRIPTION = "退单被裁定次数：本期内本单位退回的派单中，其事件此后形成的职责争议经协调裁定、由本单位牵头或协同办理的次数（即退单理由不成立），"
            + "每次退单计 1 次，按退单时间计入期间；没有时为 0。"
            + " (Number of dispatches the unit refused in the period whose case's later resolved dispute named the unit"
            + " as lead or co-operator.)";

    public RefusalsOverruled() {
        super(NAME, DESCRIPTION, FigureKind.COUNT, List.of());
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        return session.createNativeQuery("""
                        SELECT d.id, c.code, c.title, d.to_unit_id, d.refused_at, d.refusal_reason, x.code, x.as_lead
                        FROM case_dispatch d
                        JOIN case_file c ON c.id = d.case_id
                        JOIN LATERAL (
                            SELECT cd.code, cd.lead_unit_id = d.to_unit_id AS as_lead
                            FROM case_dispute cd
                            WHERE cd.case_id = d.case_id AND cd.status = 'RESOLVED' AND cd.resolved_at > d.refused_at
                              AND (cd.lead_unit_id = d.to_unit_id OR EXISTS (
                                   SELECT 1 FROM jsonb_array_elements(cd.cooperating -> 'parties') p
                                   WHERE (p ->> 'unitId')::bigint = d.to_unit_id))
                            ORDER BY cd.resolved_at, cd.id LIMIT 1) x ON true
                        WHERE d.to_unit_id IN (:units) AND d.status = 'REFUSED'
                          AND d.refused_at >= :from AND d.refused_at < :until
                        ORDER BY d.to_unit_id, d.refused_at, d.id""", Object[].class)
                .setParameter("units", unitIds).setParameter("from", period.from()).setParameter("until", period.until())
                .getResultList()
                .map(rows -> Figures.counts(unitIds, Figures.byUnit(rows, r -> Figures.id(r[3]),
                        r -> new EvidenceRow("DISPATCH", Figures.id(r[0]), (String) r[1], (String) r[2], true,
                                "退单理由：" + r[5] + "；争议 " + r[6] + " 裁定由本单位" + (Boolean.TRUE.equals(r[7]) ? "牵头" : "协同") + "办理",
                                Figures.time(r[4])))));
    }
}

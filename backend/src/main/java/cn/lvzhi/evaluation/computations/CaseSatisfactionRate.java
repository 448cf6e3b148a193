package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.RatingLevel;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CASE_SATISFACTION_RATE (事件办理满意率, as handler): of the ratings the unit received as the rated handler of a dispatch
 * (谁派单、谁评价) in the period, the share rated 满意 — and 基本满意 too unless {@code countBasicallySatisfied} is false.
 * The level counted is the rating's current one (after an appeal's revision). Rows: one per rating (RATING).
 */
@Singleton
public class CaseSatisfactionRate extends BaseComputation {
    static final String NAME = "CASE_SATISFACTION_RATE";
    static final String DESCRIPTION = "事件办理满意率：本期内本单位作为处置单位收到的派单评价中，评为“满意”（及“基本满意”，参数 countBasicallySatisfied 为 true 时）"
            + "的比例；以申诉改判后的等级为准，按评价时间计入期间。无评价时不适用。"
            + " (Share of the ratings the unit received as handler in the period that are satisfied, and basically"
            + " satisfied unless countBasicallySatisfied is false; the level after any appeal counts.)";
    static final String COUNT_BASICALLY = "countBasicallySatisfied";

    public CaseSatisfactionRate() {
        super(NAME, DESCRIPTION, FigureKind.RATE, List.of(new ParamSpec(COUNT_BASICALLY, ParamSpec.ParamType.BOOLEAN, "true",
                "“基本满意”是否计入满意 (whether basically satisfied counts as satisfied)")));
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        boolean basically = (Boolean) params.getOrDefault(COUNT_BASICALLY, Boolean.TRUE);
        return session.createSelectionQuery("""
                        select r.id, c.code, c.title, r.ratedUnitId, r.level, r.originalLevel, r.ratedAt
                        from Rating r join CaseFile c on c.id = r.caseId
                        where r.ratedUnitId in :units and r.ratedAt >= :from and r.ratedAt < :until
                        order by r.ratedUnitId, r.ratedAt, r.id""", Object[].class)
                .setParameter("units", unitIds).setParameter("from", period.from()).setParameter("until", period.until())
                .getResultList()
                .map(rows -> Figures.rates(unitIds, Figures.byUnit(rows, r -> (Long) r[3], r -> {
                    RatingLevel level = (RatingLevel) r[4];
                    RatingLevel original = (RatingLevel) r[5];
                    boolean counted = level == RatingLevel.SATISFIED || (basically && level == RatingLevel.BASICALLY_SATISFIED);
                    String note = label(level) + (original == level ? "" : "（申诉改判，原为" + label(original) + "）");
                    return new EvidenceRow("RATING", (Long) r[0], (String) r[1], (String) r[2], counted, note, (OffsetDateTime) r[6]);
                })));
    }

    static String label(RatingLevel level) {
        return switch (level) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case UNSATISFIED -> "不满意";
        };
    }
}

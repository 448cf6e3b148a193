package cn.lvzhi.evaluation.computations;

import cn.lvzhi.evaluation.SubmissionForm;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LATE_SUBMISSIONS (评估材料逾期报送次数): the unit's own evaluation submissions (报送事项 of any round) due in the period
 * that were submitted after their on-time deadline, or are still not submitted once it passed (at the time of
 * computing). A reply to the first mark is a right, not a duty: an unanswered REPLY is never late. Rows: one per late
 * submission (SUBMISSION), with how late.
 */
@Singleton
public class LateSubmissions extends BaseComputation {
    static final String NAME = "LATE_SUBMISSIONS";
    static final String DESCRIPTION = "评估材料逾期报送次数：本单位各评估批次中、按时报送截止时间在本期内的报送事项（反馈申辩除外）里，超过截止时间才报送、或计算时已过截止时间仍未报送的次数；"
            + "没有时为 0。"
            + " (Number of the unit's evaluation submissions due in the period that were submitted late or are still"
            + " missing past their deadline.)";

    public LateSubmissions() {
        super(NAME, DESCRIPTION, FigureKind.COUNT, List.of());
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        OffsetDateTime asOf = OffsetDateTime.now();
        return session.createSelectionQuery("""
                        select x.id, x.unitId, x.form, x.dueAt, x.submittedAt, r.name
                        from Submission x join EvaluationRound r on r.id = x.roundId
                        where x.unitId in :units and x.dueAt >= :from and x.dueAt < :until and x.form <> :reply
                        order by x.unitId, x.dueAt, x.id""", Object[].class)
                .setParameter("units", unitIds).setParameter("from", period.from()).setParameter("until", period.until())
                .setParameter("reply", SubmissionForm.REPLY)
                .getResultList()
                .map(rows -> Figures.counts(unitIds, Figures.byUnit(rows, r -> (Long) r[1], r -> {
                    OffsetDateTime due = (OffsetDateTime) r[3];
                    OffsetDateTime submitted = (OffsetDateTime) r[4];
                    OffsetDateTime end = submitted != null ? submitted : asOf;
                    if (!end.isAfter(due)) {
                        return null;
                    }
                    SubmissionForm form = (SubmissionForm) r[2];
                    String note = Figures.late(Duration.between(due, end)) + (submitted != null ? "报送" : "，尚未报送");
                    return new EvidenceRow("SUBMISSION", (Long) r[0], form.name(), r[5] + "：" + label(form), true, note,
                            submitted != null ? submitted : due);
                })));
    }

    static String label(SubmissionForm form) {
        return switch (form) {
            case GOAL_PROGRESS -> "目标进展报送";
            case SELF_ASSESSMENT -> "自评表";
            case REPLY -> "反馈申辩";
            case OPERATION_RESULTS -> "年度职能运行成效表";
            case BOUNDARY_PERFORMANCE -> "部门间职责边界履职表";
            case OFFICE_SUGGESTIONS -> "内设机构职责调整建议表";
        };
    }
}

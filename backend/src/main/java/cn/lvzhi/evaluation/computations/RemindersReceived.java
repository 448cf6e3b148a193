package cn.lvzhi.evaluation.computations;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REMINDERS_RECEIVED (被催办次数): the reminders (催办/督办) made in the period on dispatches sent to the unit, each
 * reminder counted once. Rows: one per reminder (REMINDER).
 */
@Singleton
public class RemindersReceived extends BaseComputation {
    static final String NAME = "REMINDERS_RECEIVED";
    static final String DESCRIPTION = "被催办次数：本期内对派给本单位的派单发出的催办、督办次数，每次催办计 1 次，按催办时间计入期间；没有催办时为 0。"
            + " (Number of reminders made in the period on dispatches sent to the unit.)";

    public RemindersReceived() {
        super(NAME, DESCRIPTION, FigureKind.COUNT, List.of());
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        return session.createSelectionQuery("""
                        select rm.id, c.code, c.title, d.toUnitId, rm.byName, rm.message, rm.createdAt
                        from Reminder rm join Dispatch d on d.id = rm.dispatchId join CaseFile c on c.id = rm.caseId
                        where d.toUnitId in :units and rm.createdAt >= :from and rm.createdAt < :until
                        order by d.toUnitId, rm.createdAt, rm.id""", Object[].class)
                .setParameter("units", unitIds).setParameter("from", period.from()).setParameter("until", period.until())
                .getResultList()
                .map(rows -> Figures.counts(unitIds, Figures.byUnit(rows, r -> (Long) r[3],
                        r -> new EvidenceRow("REMINDER", (Long) r[0], (String) r[1], (String) r[2], true,
                                r[4] + "催办：" + r[5], (OffsetDateTime) r[6]))));
    }
}

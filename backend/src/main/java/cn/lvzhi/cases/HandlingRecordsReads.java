package cn.lvzhi.cases;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The handling record of the dispatches units received (派单办理记录), read in one query for any number of units, with
 * the timeliness rules of a dispatch in one place: the sign-for clock (签收时限) and the handling clock (办理时限) a
 * dispatch carries, as the overdue job applies them to open dispatches — a clock is kept when the step was done by
 * its deadline, broken when it was done later or is still not done once the deadline has passed. A refused
 * dispatch (退单) is no handling of the unit's: neither clock counts for it.
 */
@ApplicationScoped
public class HandlingRecordsReads {

    /** How a dispatch's clock stands at a moment. */
    public enum Timeliness {
        /** the step was done by its deadline (按时) */
        ON_TIME,
        /** done after its deadline, or not done and the deadline has passed (超期) */
        LATE,
        /** not done yet, and the deadline is still ahead (办理中) */
        PENDING,
        /** the unit refused the dispatch (退单): the clock does not apply */
        REFUSED
    }

    /** One dispatch a unit received, with its case. */
    public record Handling(long dispatchId, long caseId, String caseCode, String caseTitle, Long caseCategoryItemId,
                           long unitId, DispatchRole role, DispatchStatus status, OffsetDateTime sentAt,
                           OffsetDateTime signDeadline, OffsetDateTime signedAt, OffsetDateTime handleDeadline,
                           OffsetDateTime repliedAt, OffsetDateTime refusedAt) {

        /** The sign-for clock at {@code asOf}. */
        public Timeliness signFor(OffsetDateTime asOf) {
            return status == DispatchStatus.REFUSED ? Timeliness.REFUSED : clock(signedAt, signDeadline, asOf);
        }

        /** The handling clock (办结反馈) at {@code asOf}. */
        public Timeliness reply(OffsetDateTime asOf) {
            return status == DispatchStatus.REFUSED ? Timeliness.REFUSED : clock(repliedAt, handleDeadline, asOf);
        }

        /** How far past its deadline the sign-for was (or is, at {@code asOf}); zero when not late. */
        public Duration signForDelay(OffsetDateTime asOf) {
            return delay(signedAt, signDeadline, asOf);
        }

        /** How far past its deadline the reply was (or is, at {@code asOf}); zero when not late. */
        public Duration replyDelay(OffsetDateTime asOf) {
            return delay(repliedAt, handleDeadline, asOf);
        }

        private static Timeliness clock(OffsetDateTime doneAt, OffsetDateTime deadline, OffsetDateTime asOf) {
            if (doneAt != null) {
                return doneAt.isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
            }
            return asOf.isAfter(deadline) ? Timeliness.LATE : Timeliness.PENDING;
        }

        private static Duration delay(OffsetDateTime doneAt, OffsetDateTime deadline, OffsetDateTime asOf) {
            OffsetDateTime end = doneAt != null ? doneAt : asOf;
            return end.isAfter(deadline) ? Duration.between(deadline, end) : Duration.ZERO;
        }
    }

    /**
     * The dispatches sent to these units from {@code from} (inclusive) until {@code until} (exclusive), refused ones
     * included, by unit and sending time.
     */
    public Uni<List<Handling>> received(Mutiny.StatelessSession s, Collection<Long> unitIds, OffsetDateTime from,
                                        OffsetDateTime until) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return s.createSelectionQuery("""
                        select d.id, c.id, c.code, c.title, c.categoryItemId, d.toUnitId, d.role, d.status, d.sentAt,
                               d.signDeadline, d.signedAt, d.handleDeadline, d.repliedAt, d.refusedAt
                        from Dispatch d join CaseFile c on c.id = d.caseId
                        where d.toUnitId in :units and d.sentAt >= :from and d.sentAt < :until
                        order by d.toUnitId, d.sentAt, d.id""", Object[].class)
                .setParameter("units", unitIds).setParameter("from", from).setParameter("until", until)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Handling((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                        (Long) r[4], (Long) r[5], (DispatchRole) r[6], (DispatchStatus) r[7], (OffsetDateTime) r[8],
                        (OffsetDateTime) r[9], (OffsetDateTime) r[10], (OffsetDateTime) r[11], (OffsetDateTime) r[12],
                        (OffsetDateTime) r[13])).toList());
    }
}

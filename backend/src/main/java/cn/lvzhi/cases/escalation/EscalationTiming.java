package cn.lvzhi.cases.escalation;

import cn.lvzhi.cases.WorkingDays;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When each escalation step of a running clock is due (the timing rule, table-tested): the 临期提醒 the rule's
 * working hours before the deadline — only while the deadline is still ahead, and only when that moment lies after
 * the clock started (a warning at the moment of dispatch would tell the handler nothing the dispatch did not); the
 * 催办 at the deadline when the rule urges; the 督办 the rule's working days after the deadline.
 */
public final class EscalationTiming {
    private EscalationTiming() {
    }

    /** A rule's three settings. */
    public record Settings(int warnBeforeHours, boolean remindAtDeadline, Integer escalateAfterDays) {
    }

    /** The moment the 临期提醒 is due, or {@code null} when the rule sends none. */
    public static OffsetDateTime warnAt(Settings s, OffsetDateTime deadline) {
        return s.warnBeforeHours() == 0 ? null : WorkingDays.minusWorkingHours(deadline, s.warnBeforeHours());
    }

    /** The moment the 督办 is due, or {@code null} when the rule never escalates. */
    public static OffsetDateTime escalateAt(Settings s, OffsetDateTime deadline) {
        return s.escalateAfterDays() == null ? null : WorkingDays.plus(deadline, s.escalateAfterDays());
    }

    /** The steps due at {@code now} on a clock that started at {@code started} and runs out at {@code deadline}. */
    public static Set<EscalationLevel> due(Settings s, OffsetDateTime started, OffsetDateTime deadline, OffsetDateTime now) {
        Set<EscalationLevel> due = EnumSet.noneOf(EscalationLevel.class);
        OffsetDateTime warn = warnAt(s, deadline);
        if (warn != null && warn.isAfter(started) && !now.isBefore(warn) && now.isBefore(deadline)) {
            due.add(EscalationLevel.WARNED);
        }
        if (s.remindAtDeadline() && !now.isBefore(deadline)) {
            due.add(EscalationLevel.REMINDED);
        }
        OffsetDateTime escalate = escalateAt(s, deadline);
        if (escalate != null && !now.isBefore(escalate)) {
            due.add(EscalationLevel.ESCALATED);
        }
        return due;
    }
}

package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.SubmissionForm;

import java.time.OffsetDateTime;

/**
 * When a submission counts as late, missing or locked (报送时效), pure and table-tested: on time up to its due time,
 * accepted but late until its lock, refused after it; a form not submitted past its due time is missing (what a
 * reminder letter names). A reply is never missing: a unit may accept its marks without one.
 */
public final class SubmissionTiming {
    static final String LOCKED = "已过报送截止时间 (the submission is locked)";

    private SubmissionTiming() {
    }

    public static boolean submitted(SubmissionStatus status) {
        return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.ACCEPTED;
    }

    /** Throws CONFLICT when the lock has passed. */
    public static void requireOpen(OffsetDateTime now, OffsetDateTime locksAt) {
        if (now.isAfter(locksAt)) {
            throw new ConflictException(LOCKED.replace(" (", "（" + locksAt + "） ("));
        }
    }

    /** A submission made at {@code submittedAt} is late when after its due time. */
    public static boolean late(OffsetDateTime submittedAt, OffsetDateTime dueAt) {
        return submittedAt != null && submittedAt.isAfter(dueAt);
    }

    /** Late now: submitted late, or still not submitted past the due time. */
    public static boolean late(Submission s, OffsetDateTime now) {
        return submitted(s.status) ? late(s.submittedAt, s.dueAt) : now.isAfter(s.dueAt);
    }

    /** Missing: not submitted (or returned) past its due time; never a reply. */
    public static boolean missing(Submission s, OffsetDateTime now) {
        return s.form != SubmissionForm.REPLY && !submitted(s.status) && now.isAfter(s.dueAt);
    }

    /** Checks a pair of deadlines: the lock is not before the due time. */
    public static void checkDeadlines(String field, OffsetDateTime dueAt, OffsetDateTime locksAt) {
        if (locksAt.isBefore(dueAt)) {
            throw new ValidationException(field + ".locksAt", "锁定时间不能早于应报送时间 (" + dueAt + ") (the lock cannot be before the due time)");
        }
    }
}

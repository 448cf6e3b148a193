package cn.lvzhi.cases;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * 重办 and 回访: who speaks for the reporter, when a case may be reopened, and which round of handling is live. The
 * originator (the unit that reported the case — a township room, a department — or the integrated system that
 * submitted it, such as the 12345 hotline) and the district command centre of the case's area reopen a closed case
 * and record return visits after it was completed or closed. A reopening must come within the window after the
 * case was last closed; it starts a new round of dispatch, and the dispatches of earlier rounds stay read-only.
 */
public final class ReopenPolicy {
    /** The input field a reopening outside its window is reported on. */
    public static final String CASE_FIELD = "input.caseId";
    static final String NOT_ORIGINATOR = "只有事件的发起单位（或提交事件的对接系统）及所在区的区综合信息指挥中心可以重办或回访"
            + " (only the originator of the case or the district command centre reopens it or records a return visit)";
    static final String OLD_ROUND = "该派单属于重办前的第 %d 轮办理，已归档只读 (the dispatch belongs to round %d, before the case was reopened)";

    /** The statuses after which a return visit (回访) may be recorded. */
    static final Set<CaseStatus> VISITABLE = EnumSet.of(CaseStatus.COMPLETED, CaseStatus.CLOSED);

    private ReopenPolicy() {
    }

    /** May the actor reopen the case or record a return visit: the originator, or the district command centre of its area? */
    public static Decision speaksForReporter(ScopedActor a, long originUnitId, String reporterSubject, String caseAreaPath) {
        boolean originUnit = a.actingUnitId() == originUnitId && a.hasAny(Role.COMMAND_CENTRE, Role.DEPARTMENT, Role.TOWNSHIP);
        boolean originSystem = a.has(Role.INTEGRATION) && a.actor().subject().equals(reporterSubject);
        boolean districtCentre = a.isDistrictCommandCentre() && a.commands(caseAreaPath);
        return originUnit || originSystem || districtCentre ? Decision.ALLOW : Decision.refuse(NOT_ORIGINATOR);
    }

    /**
     * Is {@code now} inside the reopening window of a case closed at {@code closedAt}: no later than
     * {@code windowDays} days after it (the boundary itself included)?
     */
    public static Decision window(OffsetDateTime closedAt, OffsetDateTime now, int windowDays) {
        if (closedAt == null || now.isAfter(until(closedAt, windowDays))) {
            return Decision.refuse("结案已超过 " + windowDays + " 天，不能重办 (the case was closed more than " + windowDays
                    + " days ago)");
        }
        return Decision.ALLOW;
    }

    /** The end of the reopening window of a case closed at {@code closedAt}. */
    public static OffsetDateTime until(OffsetDateTime closedAt, int windowDays) {
        return closedAt.plusDays(windowDays);
    }

    /** CONFLICT unless the case is closed; VALIDATION of {@link #CASE_FIELD} when it was closed too long ago. */
    static void requireReopenable(Case c, OffsetDateTime now, int windowDays) {
        if (c.status != CaseStatus.CLOSED) {
            throw new ConflictException("事件当前状态为「" + CaseTransitions.label(c.status) + "」，只有已结案的事件可以重办"
                    + " (the case is " + c.status + "; only a closed case is reopened)");
        }
        Decision inside = window(c.closedAt, now, windowDays);
        if (!inside.allowed()) {
            throw new ValidationException(CASE_FIELD, inside.reason());
        }
    }

    /** CONFLICT unless the case was completed or closed. */
    static void requireVisitable(Case c) {
        if (!VISITABLE.contains(c.status)) {
            throw new ConflictException("事件当前状态为「" + CaseTransitions.label(c.status) + "」，办结或结案后才能回访"
                    + " (the case is " + c.status + "; a return visit follows completion or closing)");
        }
    }

    /** True when the dispatch belongs to the case's current round of handling. */
    public static boolean inCurrentRound(Case c, Dispatch d) {
        return d.round == c.round;
    }

    /** CONFLICT when the dispatch belongs to a round before the case was reopened: nobody acts on it any more. */
    static void requireCurrentRound(Case c, Dispatch d) {
        if (!inCurrentRound(c, d)) {
            throw new ConflictException(String.format(OLD_ROUND, d.round, d.round));
        }
    }
}

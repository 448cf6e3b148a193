package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * The remaining case rules: who reports (grid workers, units, command centres, integrated systems), who accepts,
 * closes and cancels (the command centre of the case's area; the reporter may also cancel), who handles a
 * dispatch (its receiving unit; a hop to a 科室, the staff whose token names that office — not the department's
 * other users) and who reminds (the dispatching unit or the command centre of the area).
 */
public final class CasePolicy {
    private CasePolicy() {
    }

    public static Decision report(ScopedActor a) {
        return a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION) || a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP)
                || a.has(Role.COMMAND_CENTRE) ? Decision.ALLOW : Decision.refuse(CaseRefusals.REPORT_REFUSED);
    }

    /** Accepting and closing a case. */
    public static Decision command(ScopedActor a, String caseAreaPath) {
        return a.commands(caseAreaPath) ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_COMMANDING);
    }

    public static Decision cancel(ScopedActor a, Case c) {
        boolean reporter = a.actor().subject().equals(c.reporterSubject);
        return reporter || a.commands(c.areaPath) ? Decision.ALLOW : Decision.refuse(CaseRefusals.CANCEL_REFUSED);
    }

    /** Signing for, refusing and replying to a dispatch. */
    public static Decision handle(ScopedActor a, Dispatch d) {
        return a.actingUnitId() == d.toUnitId && (a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP) || a.has(Role.COMMAND_CENTRE))
                ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_HANDLER);
    }

    public static Decision remind(ScopedActor a, String caseAreaPath, Dispatch d) {
        return a.actingUnitId() == d.fromUnitId || a.commands(caseAreaPath) ? Decision.ALLOW : Decision.refuse(CaseRefusals.REMIND_REFUSED);
    }
}

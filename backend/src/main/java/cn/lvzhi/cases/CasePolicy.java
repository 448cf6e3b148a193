package cn.lvzhi.cases;

import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * The remaining case rules: who reports (grid workers, units, command centres, integrated systems), who accepts,
 * closes and cancels (the command centre of the case's area; the reporter may also cancel), who handles a
 * dispatch (its receiving unit) and who reminds (the dispatching unit or the command centre of the area).
 */
public final class CasePolicy {
    static final String REPORT_REFUSED = "只有网格员、部门、镇街、指挥中心和对接系统可以上报事件"
            + " (only grid workers, departments, townships, command centres and integrated systems report cases)";
    static final String NOT_COMMANDING = "只有事件所在辖区的指挥中心可以办理此操作"
            + " (only the command centre of the case's area does this)";
    static final String CANCEL_REFUSED = "只有上报人或事件所在辖区的指挥中心可以撤销事件"
            + " (only the reporter or the command centre of the area cancels a case)";
    static final String NOT_HANDLER = "只有接收派单的单位可以签收、退单或反馈 (only the receiving unit handles a dispatch)";
    static final String REMIND_REFUSED = "只有派单单位或指挥中心可以催办 (only the dispatching unit or a command centre reminds)";

    private CasePolicy() {
    }

    public static Decision report(CaseActor a) {
        return a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION) || a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP)
                || a.has(Role.COMMAND_CENTRE) ? Decision.ALLOW : Decision.refuse(REPORT_REFUSED);
    }

    /** Accepting and closing a case. */
    public static Decision command(CaseActor a, String caseAreaPath) {
        return a.commands(caseAreaPath) ? Decision.ALLOW : Decision.refuse(NOT_COMMANDING);
    }

    public static Decision cancel(CaseActor a, Case c) {
        boolean reporter = a.actor().subject().equals(c.reporterSubject);
        return reporter || a.commands(c.areaPath) ? Decision.ALLOW : Decision.refuse(CANCEL_REFUSED);
    }

    /** Signing for, refusing and replying to a dispatch. */
    public static Decision handle(CaseActor a, Dispatch d) {
        return a.unitId() == d.toUnitId && (a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP) || a.has(Role.COMMAND_CENTRE))
                ? Decision.ALLOW : Decision.refuse(NOT_HANDLER);
    }

    public static Decision remind(CaseActor a, String caseAreaPath, Dispatch d) {
        return a.unitId() == d.fromUnitId || a.commands(caseAreaPath) ? Decision.ALLOW : Decision.refuse(REMIND_REFUSED);
    }
}

package cn.lvzhi.cases.escalation;

import cn.lvzhi.org.UnitKind;

/**
 * Whom a 督办 goes to: the level above the unit that dispatched the hop. In the org tree that is the dispatcher's
 * parent — a department's or township's district government (its leaders), a 科室's department, the district command
 * centre's district government — except for a township command room (乡镇指挥室): its parent is the township it
 * serves, so the hop goes up the command chain of seed 003 instead, to the district command centre of its area.
 */
public final class EscalationLadder {
    private EscalationLadder() {
    }

    /** Where the level above a dispatcher is found. */
    public enum Above {
        /** The dispatcher's parent unit in the org tree. */
        PARENT,
        /** The command centre (区综合信息指挥中心) of the district around the dispatcher's township. */
        DISTRICT_COMMAND_CENTRE
    }

    public static Above above(UnitKind dispatcherKind) {
        return dispatcherKind == UnitKind.TOWNSHIP_COMMAND_ROOM ? Above.DISTRICT_COMMAND_CENTRE : Above.PARENT;
    }
}

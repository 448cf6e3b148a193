package cn.lvzhi.disputes;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who acts at each rung of the ladder (DOMAIN.md §3, §7): the district command centre convenes and records the
 * first three rungs, the establishment office (编办) coordinates the fourth, the establishment committee (编委)
 * decides at the top and only there. Acting means recording a step, escalating or resolving.
 */
public final class DisputePolicy {
    static final String CENTRE_ACTS = "争议处于「%s」环节，由区综合信息指挥中心组织办理 (the district command centre acts at this rung)";
    static final String OFFICE_ACTS = "争议处于「编办协调」环节，由本区编办协调 (the establishment office acts at this rung)";
    static final String COMMITTEE_ACTS = "争议处于「编委裁定」环节，由本区编委裁定 (the establishment committee decides at this rung)";

    private DisputePolicy() {
    }

    /** May the actor act on a dispute at this rung, for a case in this area? FORBIDDEN otherwise. */
    public static Decision act(ScopedActor a, DisputeRung rung, String caseAreaPath) {
        return switch (rung) {
            case LEAD_CONVENES, NEGOTIATION, LEADER_COORDINATES -> a.isDistrictCommandCentre() && a.commands(caseAreaPath)
                    ? Decision.ALLOW : Decision.refuse(CENTRE_ACTS.formatted(rung.label()));
            case OFFICE_COORDINATES -> a.has(Role.ESTABLISHMENT_OFFICE) && a.regionHolds(caseAreaPath)
                    ? Decision.ALLOW : Decision.refuse(OFFICE_ACTS);
            case COMMITTEE_DECIDES -> a.has(Role.COMMITTEE) && a.regionHolds(caseAreaPath)
                    ? Decision.ALLOW : Decision.refuse(COMMITTEE_ACTS);
        };
    }

    /**
     * Is the dispute where the actor believes it is: open, and at the rung the request names? A refusal is a
     * CONFLICT naming the current rung.
     */
    public static Decision at(DisputeStatus status, DisputeRung current, DisputeRung claimed) {
        if (status == DisputeStatus.RESOLVED) {
            return Decision.refuse("争议已于「" + current.label() + "」环节解决 (the dispute is resolved)");
        }
        return current == claimed ? Decision.ALLOW : Decision.refuse("争议当前处于「" + current.label() + "」环节，不是「"
                + claimed.label() + "」(the dispute is at " + current + ")");
    }

    /** May the dispute climb from this rung? Not from the top: the committee decides. */
    public static Decision escalate(DisputeRung current) {
        return current.next() != null ? Decision.ALLOW
                : Decision.refuse("争议已处于最高环节「编委裁定」，只能裁定 (the dispute is at COMMITTEE_DECIDES, the top rung)");
    }
}

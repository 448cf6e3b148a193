package cn.lvzhi.demo.disputes;

import cn.lvzhi.disputes.DisputeRung;
import cn.lvzhi.disputes.DisputeStepKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo disputes (演示职责争议), deterministic: the n-th disputed case of the demo history (by id) has climbed to
 * rung n mod 5, with a meeting recorded at each rung it passed and an escalation out of it.
 */
public final class DemoDisputes {
    /** One step to write: at which rung, what, by whom (a demo unit code), with which note. */
    public record StepSeed(DisputeRung rung, DisputeStepKind kind, String unitCode, String actorName, String note, String participants) {
    }

    static final String CENTRE = "JZ-QH-ZH";
    static final String OFFICE = "JZ-QH-BB";

    private DemoDisputes() {
    }

    /** The rung the n-th dispute (0-based) stands at. */
    public static DisputeRung rungOf(int n) {
        return DisputeRung.values()[n % DisputeRung.values().length];
    }

    /** The steps of the n-th dispute, oldest first: opened, then a meeting and an escalation per rung passed. */
    public static List<StepSeed> steps(int n) {
        List<StepSeed> steps = new ArrayList<>();
        steps.add(new StepSeed(DisputeRung.LEAD_CONVENES, DisputeStepKind.OPENED, CENTRE, "区指挥中心值班员",
                "所有承办单位均已退单，进入职责争议协调 (every handler refused)", null));
        DisputeRung target = rungOf(n);
        for (DisputeRung rung : DisputeRung.values()) {
            boolean office = rung == DisputeRung.OFFICE_COORDINATES;
            String unit = office ? OFFICE : CENTRE;
            String actor = office ? "编办协调员" : "区指挥中心值班员";
            if (rung == DisputeRung.COMMITTEE_DECIDES) {
                break;
            }
            steps.add(new StepSeed(rung, DisputeStepKind.MEETING, unit, actor, "召开" + rung.label() + "会议，各方陈述职责依据，未达成一致",
                    "生态环境局、城市管理局、住房和城乡建设局"));
            if (rung == target) {
                break;
            }
            steps.add(new StepSeed(rung, DisputeStepKind.ESCALATED, unit, actor, "协调未果，提请上一级协调", null));
        }
        return steps;
    }
}

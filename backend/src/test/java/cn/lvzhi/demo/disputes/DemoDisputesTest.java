package cn.lvzhi.demo.disputes;

import cn.lvzhi.disputes.DisputeRung;
import cn.lvzhi.disputes.DisputeStepKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo disputes stand at every rung, each with the steps that brought it there. */
class DemoDisputesTest {
    @Test
    void theNthDisputeStandsAtRungNModFiveWithAMeetingAndAnEscalationPerRungPassed() {
        assertEquals(DisputeRung.LEAD_CONVENES, DemoDisputes.rungOf(0));
        assertEquals(DisputeRung.COMMITTEE_DECIDES, DemoDisputes.rungOf(4));
        assertEquals(DisputeRung.LEAD_CONVENES, DemoDisputes.rungOf(5));
        assertEquals(List.of(DisputeStepKind.OPENED, DisputeStepKind.MEETING), DemoDisputes.steps(0).stream().map(DemoDisputes.StepSeed::kind).toList());
        var top = DemoDisputes.steps(4);
        assertEquals(1 + 4 * 2, top.size(), "opened, then a meeting and an escalation at each of the four lower rungs");
        assertEquals(DisputeRung.OFFICE_COORDINATES, top.get(top.size() - 1).rung());
        assertEquals(DemoDisputes.OFFICE, top.get(top.size() - 1).unitCode(), "编办 escalates to the committee");
        assertEquals(DisputeStepKind.ESCALATED, top.get(top.size() - 1).kind());
    }
}

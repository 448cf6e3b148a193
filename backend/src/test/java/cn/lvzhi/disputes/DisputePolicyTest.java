package cn.lvzhi.disputes;

import cn.lvzhi.security.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.lvzhi.testing.TestActors.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who acts at which rung of the dispute ladder, as a table over the tree of {@code TestActors}. */
class DisputePolicyTest {
    static final String AREA = "/1/2/20/";

    @ParameterizedTest(name = "{0} acts at 牵头召集 {1}, 部门协商 {2}, 分管领导协调 {3}, 编办协调 {4}, 编委裁定 {5}")
    @CsvSource({
            "centre,       true,  true,  true,  false, false",
            "room,         false, false, false, false, false",
            "otherCentre,  false, false, false, false, false",
            "dept10,       false, false, false, false, false",
            "township20,   false, false, false, false, false",
            "grid,         false, false, false, false, false",
            "bianban,      false, false, false, true,  false",
            "otherBianban, false, false, false, false, false",
            "bianwei,      false, false, false, false, true",
            "jiwei,        false, false, false, false, false",
            "zuzhibu,      false, false, false, false, false",
            "leader,       false, false, false, false, false",
            "hotline,      false, false, false, false, false",
    })
    void whoActsAtEachRung(String who, boolean convenes, boolean negotiates, boolean leader, boolean office, boolean committee) {
        boolean[] expected = {convenes, negotiates, leader, office, committee};
        for (DisputeRung rung : DisputeRung.values()) {
            Decision d = DisputePolicy.act(of(who), rung, AREA);
            assertEquals(expected[rung.ordinal()], d.allowed(), who + " at " + rung);
            if (!d.allowed()) {
                assertTrue(d.reason().contains("环节"), "the refusal names the rung: " + d.reason());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DisputeRung.class)
    void everyRungButTheTopEscalates(DisputeRung rung) {
        Decision d = DisputePolicy.escalate(rung);
        assertEquals(rung != DisputeRung.COMMITTEE_DECIDES, d.allowed());
        if (!d.allowed()) {
            assertTrue(d.reason().contains("编委裁定"));
        }
    }

    @ParameterizedTest(name = "{0} at {1}, claimed {2}: {3}")
    @CsvSource({
            "OPEN,     NEGOTIATION,       NEGOTIATION,       true",
            "OPEN,     NEGOTIATION,       LEAD_CONVENES,     false",
            "OPEN,     COMMITTEE_DECIDES, OFFICE_COORDINATES, false",
            "RESOLVED, NEGOTIATION,       NEGOTIATION,       false",
    })
    void aRequestActsAtTheCurrentRungOfAnOpenDispute(DisputeStatus status, DisputeRung current, DisputeRung claimed, boolean allowed) {
        Decision d = DisputePolicy.at(status, current, claimed);
        assertEquals(allowed, d.allowed());
        if (!allowed) {
            assertTrue(d.reason().contains(current.label()), "a conflict names the current rung: " + d.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(DisputeRung.class)
    void theLadderHasFiveRungsInOrder(DisputeRung rung) {
        assertEquals(rung.ordinal() == 4, rung.next() == null);
        assertFalse(rung.label().isBlank());
    }
}

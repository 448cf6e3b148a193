package cn.lvzhi.investigations;

import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.security.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.lvzhi.testing.TestActors.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who investigates and what may be investigated, as tables over the tree of {@code TestActors}. */
class InvestigationPolicyTest {

    @ParameterizedTest(name = "{0} investigates: {1}; sees investigations of its district: {2}")
    @CsvSource({
            "jiwei,        true,  true",
            "zuzhibu,      true,  true",
            "bianban,      false, false",
            "bianwei,      false, false",
            "centre,       false, false",
            "room,         false, false",
            "dept10,       false, false",
            "township20,   false, false",
            "grid,         false, false",
            "leader,       false, false",
            "hotline,      false, false",
    })
    void onlyDisciplineAndOrganisation(String who, boolean investigates, boolean sees) {
        Decision d = InvestigationPolicy.investigate(of(who));
        assertEquals(investigates, d.allowed());
        if (!investigates) {
            assertTrue(d.reason().contains("纪委监委"));
        }
        assertEquals(sees, InvestigationPolicy.sees(of(who), "/1/2/20/"));
        assertEquals(false, InvestigationPolicy.sees(of(who), "/1/9/90/"), "never another district's");
    }

    @ParameterizedTest(name = "{0}, already investigated {1}: {2}")
    @CsvSource({
            "UNSATISFIED,         false, true",
            "UNSATISFIED,         true,  false",
            "SATISFIED,           false, false",
            "BASICALLY_SATISFIED, false, false",
    })
    void onlyAnUnsatisfiedRatingOnce(RatingLevel level, boolean already, boolean allowed) {
        Decision d = InvestigationPolicy.openable(level, already);
        assertEquals(allowed, d.allowed());
        if (!allowed) {
            assertTrue(d.reason().contains(already ? "已在" : "不满意"), d.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(InvestigationStatus.class)
    void aConcludedInvestigationIsFinal(InvestigationStatus status) {
        assertEquals(status == InvestigationStatus.OPEN, InvestigationPolicy.changeable(status).allowed());
    }
}

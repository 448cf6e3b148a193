package cn.lvzhi.cases.basis;

import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reads which department's basis reports: every actor × (all departments, own, another, outside the region). */
class BasisReportPolicyTest {
    /** A department asked for: none (all), 10 (/1/2/10/), 11 (/1/2/11/) or 91 in another district (/1/9/91/). */
    static final java.util.Map<String, String> PATHS = java.util.Map.of("10", "/1/2/10/", "11", "/1/2/11/", "91", "/1/9/91/");

    @ParameterizedTest(name = "{0} asks for {1} -> {2}")
    @CsvSource({
            // who,        asked, scope path (or the refusal)
            "bianban,      all,   /1/2/",
            "bianban,      10,    /1/2/10/",
            "bianban,      91,    OUTSIDE",
            "leader,       all,   /1/2/",
            "leader,       11,    /1/2/11/",
            "centre,       all,   /1/2/",
            "centre,       10,    /1/2/10/",
            "room,         all,   REFUSED",
            "dept10,       all,   /1/2/10/",
            "dept10,       10,    /1/2/10/",
            "dept10,       11,    OWN_ONLY",
            "staff15,      all,   /1/2/10/",
            "staff15,      11,    OWN_ONLY",
            "township20,   all,   /1/2/20/",
            "township20,   10,    OWN_ONLY",
            "grid,         all,   REFUSED",
            "jiwei,        all,   REFUSED",
            "zuzhibu,      10,    REFUSED",
            "bianwei,      all,   REFUSED",
            "hotline,      all,   REFUSED",
    })
    void theScopeOrTheReason(String who, String asked, String expected) {
        Long unitId = asked.equals("all") ? null : Long.valueOf(asked);
        String path = unitId == null ? null : PATHS.get(asked);
        var actor = TestActors.of(who);
        switch (expected) {
            case "OUTSIDE", "OWN_ONLY", "REFUSED" -> {
                String reason = assertThrows(ForbiddenException.class, () -> BasisReportPolicy.scope(actor, unitId, path)).getMessage();
                assertEquals(switch (expected) {
                    case "OUTSIDE" -> BasisReportPolicy.OUTSIDE;
                    case "OWN_ONLY" -> BasisReportPolicy.OWN_ONLY;
                    default -> BasisReportPolicy.REFUSED;
                }, reason);
            }
            default -> {
                BasisReportPolicy.Scope scope = BasisReportPolicy.scope(actor, unitId, path);
                assertEquals(expected, scope.path());
                assertTrue(scope.unitId() == null ? expected.equals(TestActors.REGION) : expected.contains("/" + scope.unitId() + "/"));
            }
        }
    }
}

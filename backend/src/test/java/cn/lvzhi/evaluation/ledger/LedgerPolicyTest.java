package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.evaluation.ledger.LedgerPolicy.Sight;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LedgerPolicy as a table: who (by the names of {@link TestActors}) × the item's unit (/1/2/10/ is dept10's, /1/2/11/
 * another department's, /1/9/90/ a department of another district).
 */
class LedgerPolicyTest {
    @ParameterizedTest(name = "{0} on unit {1}: sight {3}, open {4}, rectify {5}, extension {6}, manage {7}")
    @CsvSource({
            // who,         unit, path,      sight, open,  rectify, extension, manage
            "dept10,        10, /1/2/10/,    OWN,   false, true,    true,      false",
            "staff15,       10, /1/2/10/,    OWN,   false, true,    true,      false",
            "office15,      10, /1/2/10/,    NONE,  false, false,   false,     false",
            "dept11,        10, /1/2/10/,    NONE,  false, false,   false,     false",
            "dept11,        11, /1/2/11/,    OWN,   false, true,    true,      false",
            "township20,    10, /1/2/10/,    NONE,  false, false,   false,     false",
            "township20,    20, /1/2/20/,    OWN,   false, true,    true,      false",
            "bianban,       10, /1/2/10/,    ALL,   true,  true,    false,     true",
            "otherBianban,  10, /1/2/10/,    NONE,  false, false,   false,     false",
            "leader,        10, /1/2/10/,    ALL,   false, false,   false,     false",
            "bianwei,       10, /1/2/10/,    NONE,  false, false,   false,     false",
            "jiwei,         10, /1/2/10/,    NONE,  false, false,   false,     false",
            "zuzhibu,       10, /1/2/10/,    NONE,  false, false,   false,     false",
            "centre,        10, /1/2/10/,    NONE,  false, false,   false,     false",
            "grid,          10, /1/2/10/,    NONE,  false, false,   false,     false",
            "hotline,       10, /1/2/10/,    NONE,  false, false,   false,     false",
            "bianban,       90, /1/9/90/,    NONE,  false, false,   false,     false",
            "leader,        90, /1/9/90/,    NONE,  false, false,   false,     false",
    })
    void table(String who, long unitId, String path, Sight sight, boolean open, boolean rectify, boolean extension,
               boolean manage) {
        ScopedActor a = TestActors.of(who);
        Sight seen = LedgerPolicy.sight(a, unitId, path);
        assertEquals(sight, seen, "sight");
        assertEquals(open, LedgerPolicy.open(a, path).allowed(), "open");
        assertEquals(rectify, LedgerPolicy.rectify(a, seen).allowed(), "rectify");
        assertEquals(extension, LedgerPolicy.requestExtension(seen).allowed(), "request extension");
        assertEquals(manage, LedgerPolicy.manage(a, seen).allowed(), "verify, close, decide extensions");
    }

    @ParameterizedTest(name = "{0}: list scope {1}")
    @CsvSource({
            "bianban, ALL", "leader, ALL", "dept10, OWN", "staff15, OWN", "township20, OWN", "otherBianban, ALL",
            "bianwei, NONE", "jiwei, NONE", "zuzhibu, NONE", "centre, NONE", "grid, NONE", "hotline, NONE",
    })
    void listScope(String who, Sight scope) {
        assertEquals(scope, LedgerPolicy.scope(TestActors.of(who)));
    }

    @ParameterizedTest(name = "bianban verifying a rectification by {0}: {1}")
    @CsvSource({
            "sub-10, true",  // rectified by the unit's user
            "sub-5,  false", // rectified by the same 编办 person
            "sub-77, true",  // by another 编办 person
    })
    void verifierIsNeverTheRectifier(String rectifiedBy, boolean allowed) {
        ScopedActor bianban = TestActors.of("bianban");
        assertEquals(allowed, LedgerPolicy.verify(bianban, Sight.ALL, rectifiedBy).allowed());
        assertEquals(allowed ? null : LedgerPolicy.SAME_PERSON, LedgerPolicy.verify(bianban, Sight.ALL, rectifiedBy).reason());
    }

    @ParameterizedTest(name = "{0} verifying: {1}")
    @CsvSource({"leader, false", "dept10, false"})
    void onlyTheOfficeVerifies(String who, boolean allowed) {
        ScopedActor a = TestActors.of(who);
        assertEquals(allowed, LedgerPolicy.verify(a, LedgerPolicy.sight(a, 10, "/1/2/10/"), "sub-other").allowed());
    }
}

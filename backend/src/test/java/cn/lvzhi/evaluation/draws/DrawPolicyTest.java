package cn.lvzhi.evaluation.draws;

import cn.lvzhi.evaluation.draws.DrawPolicy.View;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who sees and runs a 双随机 draw: the whole table of {@link DrawPolicy}. */
class DrawPolicyTest {

    @ParameterizedTest(name = "{0} sees a {1} draw (drew its unit: {2}) as {3}")
    @CsvSource({
            "bianban,      DRAFT,     false, ALL",
            "bianban,      FROZEN,    false, ALL",
            "bianban,      CANCELLED, false, ALL",
            "leader,       FROZEN,    false, ALL",
            "leader,       DRAWN,     false, ALL",
            "otherBianban, DRAWN,     false, NONE",
            "dept10,       DRAWN,     true,  OWN",
            "dept10,       FROZEN,    false, NONE",
            "dept10,       CANCELLED, true,  NONE",
            "dept11,       DRAWN,     false, NONE",
            "township20,   DRAWN,     true,  OWN",
            "township30,   DRAWN,     false, NONE",
            "bianwei,      DRAWN,     false, NONE",
            "jiwei,        DRAWN,     false, NONE",
            "zuzhibu,      DRAWN,     false, NONE",
            "centre,       DRAWN,     false, NONE",
            "grid,         DRAWN,     false, NONE",
            "hotline,      DRAWN,     true,  NONE"})
    void view(String who, DrawStatus status, boolean drew, View expected) {
        assertEquals(expected, DrawPolicy.view(TestActors.of(who), TestActors.REGION, status, drew));
    }

    @ParameterizedTest(name = "{0} runs draws of the region: {1}")
    @CsvSource({
            "bianban,      true",
            "otherBianban, false",
            "leader,       false",
            "dept10,       false",
            "township20,   false",
            "bianwei,      false",
            "jiwei,        false",
            "centre,       false",
            "hotline,      false"})
    void manage(String who, boolean allowed) {
        assertEquals(allowed, DrawPolicy.manage(TestActors.of(who), TestActors.REGION).allowed());
    }

    @ParameterizedTest(name = "a viewer seeing it as {0} verifies it: {1}")
    @CsvSource({"ALL, true", "OWN, false", "NONE, false"})
    void verify(View view, boolean allowed) {
        assertEquals(allowed, DrawPolicy.verify(view).allowed());
    }

    @ParameterizedTest(name = "{0} reads the register and every draw: {1}")
    @CsvSource({"bianban, true", "leader, true", "dept10, false", "jiwei, false", "hotline, false"})
    void wholeRegion(String who, boolean sees) {
        assertEquals(sees, DrawPolicy.seesWholeRegion(TestActors.of(who)));
    }
}

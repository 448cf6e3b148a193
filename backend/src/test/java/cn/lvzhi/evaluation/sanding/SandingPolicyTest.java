package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.sanding.SandingPolicy.Sight;
import cn.lvzhi.security.Decision;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who sees and records 三定 findings: the whole table of {@link SandingPolicy}. */
class SandingPolicyTest {

    @ParameterizedTest(name = "{0} sees the findings of a {1} round as {2}")
    @CsvSource({
            "bianban,      DRAFT,           ALL",
            "bianban,      PUBLISHED,       ALL",
            "leader,       FIRST_MARK,      ALL",
            "otherBianban, FIRST_MARK,      NONE",
            "dept10,       DRAFT,           NONE",
            "dept10,       SELF_ASSESSMENT, OWN",
            "dept10,       PUBLISHED,       OWN",
            "staff15,      REPLY,           OWN",
            "township20,   FINAL_MARK,      OWN",
            "jiwei,        PUBLISHED,       NONE",
            "zuzhibu,      PUBLISHED,       NONE",
            "bianwei,      PUBLISHED,       NONE",
            "centre,       PUBLISHED,       NONE",
            "grid,         PUBLISHED,       NONE",
            "hotline,      PUBLISHED,       NONE"})
    void sight(String who, EvaluationStage stage, Sight expected) {
        assertEquals(expected, SandingPolicy.sight(TestActors.of(who), TestActors.REGION, stage));
    }

    @ParameterizedTest(name = "{0} with sight {1} sees unit {2} (in scope {3}): {4}")
    @CsvSource({
            "bianban, ALL,  10, true,  true",
            "bianban, ALL,  10, false, false",
            "leader,  ALL,  11, true,  true",
            "dept10,  OWN,  10, true,  true",
            "dept10,  OWN,  10, false, false",
            "dept10,  OWN,  11, true,  false",
            "staff15, OWN,  10, true,  true",
            "office15, OWN, 10, true,  false",
            "dept11,  OWN,  10, true,  false",
            "dept10,  NONE, 10, true,  false"})
    void seesUnit(String who, Sight sight, long unit, boolean inScope, boolean expected) {
        assertEquals(expected, SandingPolicy.seesUnit(TestActors.of(who), sight, unit, inScope));
    }

    @ParameterizedTest(name = "{0} records in a {1} round: {2}")
    @CsvSource({
            "bianban,      SELF_ASSESSMENT, ''",
            "bianban,      DRAFT,           ''",
            "bianban,      FINAL_MARK,      ''",
            "bianban,      PUBLISHED,       PUBLISHED",
            "otherBianban, FIRST_MARK,      OFFICE",
            "leader,       FIRST_MARK,      OFFICE",
            "dept10,       FIRST_MARK,      OFFICE",
            "bianwei,      FIRST_MARK,      OFFICE",
            "hotline,      FIRST_MARK,      OFFICE"})
    void record(String who, EvaluationStage stage, String refusal) {
        Decision d = SandingPolicy.record(TestActors.of(who), TestActors.REGION, stage);
        assertEquals(refusal.isEmpty() ? Decision.ALLOW : Decision.refuse(switch (refusal) {
            case "PUBLISHED" -> SandingPolicy.PUBLISHED;
            default -> SandingPolicy.OFFICE_ONLY;
        }), d);
    }

    @ParameterizedTest(name = "{0}: sees links of a duty of /1/2/10/ {1}, links {2}")
    @CsvSource({
            "bianban,      true,  true",
            "leader,       true,  false",
            "otherBianban, false, false",
            "dept10,       false, false",
            "jiwei,        false, false",
            "hotline,      false, false"})
    void links(String who, boolean sees, boolean links) {
        assertEquals(sees, SandingPolicy.seesLinks(TestActors.of(who), "/1/2/10/"));
        assertEquals(links ? Decision.ALLOW : Decision.refuse(SandingPolicy.LINK_OFFICE_ONLY),
                SandingPolicy.link(TestActors.of(who), "/1/2/10/"));
    }
}

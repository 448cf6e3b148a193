package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.results.ResultsPolicy.Sight;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ResultsPolicy as a table: who (TestActors), the round's stage, whose result (own = the actor's unit /1/2/10/, other =
 * /1/2/11/); the round is of the district /1/2/.
 */
class ResultsPolicyTest {
    @ParameterizedTest(name = "{0} at {1} on {2}: {3}, whole round {4}, dashboard {5}, raise {6}")
    @CsvSource({
            // who,        stage,           unit,      sight,     whole, dashboard, raise
            "bianban,      DRAFT,           /1/2/10/,  CURRENT,   true,  true,      true",
            "bianban,      PUBLISHED,       /1/2/10/,  CURRENT,   true,  true,      true",
            "otherBianban, PUBLISHED,       /1/2/10/,  NONE,      false, false,     false",
            "leader,       FIRST_MARK,      /1/2/10/,  CURRENT,   true,  true,      false",
            "dept10,       SELF_ASSESSMENT, /1/2/10/,  NOT_YET,   false, false,     false",
            "dept10,       FIRST_MARK,      /1/2/10/,  NOT_YET,   false, false,     false",
            "dept10,       REPLY,           /1/2/10/,  CURRENT,   false, false,     false",
            "dept10,       FINAL_MARK,      /1/2/10/,  CURRENT,   false, false,     false",
            "dept10,       PUBLISHED,       /1/2/10/,  CURRENT,   true,  false,     false",
            "dept11,       REPLY,           /1/2/10/,  NONE,      false, false,     false",
            "dept11,       FINAL_MARK,      /1/2/10/,  NONE,      false, false,     false",
            "dept11,       PUBLISHED,       /1/2/10/,  PUBLISHED, true,  false,     false",
            "office15,     REPLY,           /1/2/10/,  NONE,      false, false,     false",
            "township20,   PUBLISHED,       /1/2/10/,  PUBLISHED, true,  false,     false",
            "jiwei,        FINAL_MARK,      /1/2/10/,  NONE,      false, false,     false",
            "jiwei,        PUBLISHED,       /1/2/10/,  PUBLISHED, true,  false,     false",
            "zuzhibu,      PUBLISHED,       /1/2/10/,  PUBLISHED, true,  false,     false",
            "bianwei,      PUBLISHED,       /1/2/10/,  NONE,      false, false,     false",
            "centre,       PUBLISHED,       /1/2/10/,  NONE,      false, false,     false",
            "grid,         PUBLISHED,       /1/2/10/,  NONE,      false, false,     false",
            "hotline,      PUBLISHED,       /1/2/10/,  NONE,      false, false,     false",
    })
    void table(String who, EvaluationStage stage, String unitPath, Sight sight, boolean whole, boolean dashboard, boolean raise) {
        ScopedActor a = TestActors.of(who);
        assertEquals(sight, ResultsPolicy.sight(a, TestActors.REGION, stage, unitPath), "sight");
        assertEquals(whole, ResultsPolicy.seesWholeRound(a, TestActors.REGION, stage), "whole round");
        assertEquals(dashboard, ResultsPolicy.dashboard(a, TestActors.REGION).allowed(), "dashboard");
        assertEquals(raise, ResultsPolicy.raiseProblem(a, TestActors.REGION).allowed(), "raise");
        boolean office = who.equals("bianban") || who.equals("otherBianban") || who.equals("leader");
        assertEquals(office || stage == EvaluationStage.PUBLISHED, ResultsPolicy.seesFinalMarks(a, stage), "final marks");
    }

    @ParameterizedTest(name = "{0} imports {1} into a {2} round: {3}")
    @CsvSource({
            "bianban,      纪委监委,   REPLY,     true",
            "bianban,      组织部,     DRAFT,     true",
            "bianban,      组织部,     PUBLISHED, false",
            "otherBianban, 组织部,     REPLY,     false",
            "jiwei,        纪委监委,   REPLY,     true",
            "jiwei,        区纪委监委, REPLY,     true",
            "jiwei,        组织部,     REPLY,     false",
            "jiwei,        纪委监委,   PUBLISHED, false",
            "zuzhibu,      区委组织部, FINAL_MARK, true",
            "zuzhibu,      纪委监委,   REPLY,     false",
            "dept10,       纪委监委,   REPLY,     false",
            "leader,       纪委监委,   REPLY,     false",
            "bianwei,      纪委监委,   REPLY,     false",
            "hotline,      12345热线,  REPLY,     false",
    })
    void imports(String who, String body, EvaluationStage stage, boolean allowed) {
        assertEquals(allowed, ImportPolicy.importFigures(TestActors.of(who), TestActors.REGION, stage, body).allowed());
    }
}

package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.results.ResultsPolicy.Sight;
import cn.lvzhi.evaluation.rounds.RoundPolicy;
import cn.lvzhi.evaluation.rounds.ScoreVisibility;
import cn.lvzhi.evaluation.rounds.ScoreVisibility.Part;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

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
            "dept10,       DRAFT,           /1/2/10/,  NONE,      false, false,     false",
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

    /**
     * The results' sight and the rounds' score visibility are one rule: for every actor, stage and unit (its own, another
     * of the round, one outside its region), the sight is what the parts of the unit's rows say — CURRENT where 编办's
     * marks are read, PUBLISHED where only the published figure and final mark are, NOT_YET where the unit reads its
     * own rows but no mark yet, NONE where no row exists for it — and the final marks and the whole round likewise.
     */
    @Test
    void theSightIsTheRoundsScoreVisibility() {
        List<String> actors = List.of("centre", "room", "otherCentre", "dept10", "office15", "dept11", "township20",
                "township30", "grid", "hotline", "bianban", "otherBianban", "bianwei", "jiwei", "zuzhibu", "leader");
        for (String who : actors) {
            ScopedActor a = TestActors.of(who);
            for (EvaluationStage stage : EvaluationStage.values()) {
                for (String unitPath : List.of(a.unitPath(), "/1/2/11/", "/1/2/30/", "/1/9/95/")) {
                    boolean own = unitPath.equals(a.unitPath());
                    Set<Part> parts = ScoreVisibility.parts(RoundPolicy.view(a, TestActors.REGION, stage, own), stage, own);
                    Sight sight = ResultsPolicy.sight(a, TestActors.REGION, stage, unitPath);
                    String where = who + " at " + stage + " on " + unitPath + " reads " + parts;
                    assertEquals(parts.contains(Part.FIRST), sight == Sight.CURRENT, where);
                    assertEquals(parts.equals(Set.of(Part.FIGURE, Part.FINAL)), sight == Sight.PUBLISHED, where);
                    assertEquals(parts.isEmpty(), sight == Sight.NONE, where);
                    if (sight != Sight.NONE && sight != Sight.NOT_YET) {
                        assertEquals(parts.contains(Part.FINAL), ResultsPolicy.seesFinalMarks(a, stage), where);
                    }
                    if (!own) {
                        boolean others = !ScoreVisibility.parts(RoundPolicy.view(a, TestActors.REGION, stage, false), stage, false).isEmpty();
                        assertEquals(others, ResultsPolicy.seesWholeRound(a, TestActors.REGION, stage), where);
                    }
                }
            }
        }
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

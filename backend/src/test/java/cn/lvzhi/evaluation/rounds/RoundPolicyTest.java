package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.RoundPolicy.View;
import cn.lvzhi.evaluation.rounds.ScoreVisibility.Part;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who sees a round, and which stages of a score row: the whole table of {@link RoundPolicy} and {@link ScoreVisibility}. */
class RoundPolicyTest {

    @ParameterizedTest(name = "{0} sees a {1} round (own unit in scope: {2}) as {3}")
    @CsvSource({
            "bianban,      SELF_ASSESSMENT, false, ALL",
            "bianban,      DRAFT,           false, ALL",
            "leader,       FIRST_MARK,      false, ALL",
            "otherBianban, FIRST_MARK,      false, NONE",
            "dept10,       DRAFT,           true,  NONE",
            "dept10,       SELF_ASSESSMENT, true,  OWN",
            "dept10,       PUBLISHED,       true,  OWN",
            "dept11,       REPLY,           false, NONE",
            "dept11,       PUBLISHED,       false, PUBLISHED",
            "township20,   FINAL_MARK,      false, NONE",
            "jiwei,        FINAL_MARK,      false, NONE",
            "jiwei,        PUBLISHED,       false, PUBLISHED",
            "zuzhibu,      PUBLISHED,       false, PUBLISHED",
            "bianwei,      PUBLISHED,       false, NONE",
            "centre,       PUBLISHED,       false, NONE",
            "grid,         PUBLISHED,       false, NONE",
            "hotline,      PUBLISHED,       false, NONE"})
    void roundView(String who, EvaluationStage stage, boolean inScope, View expected) {
        assertEquals(expected, RoundPolicy.view(TestActors.of(who), TestActors.REGION, stage, inScope));
    }

    @ParameterizedTest(name = "{0} at {1}, own row {2}: {3}")
    @CsvSource({
            "ALL,       SELF_ASSESSMENT, false, FIGURE SELF FIRST REPLY FINAL",
            "ALL,       FIRST_MARK,      false, FIGURE SELF FIRST REPLY FINAL",
            "OWN,       SELF_ASSESSMENT, true,  SELF REPLY",
            "OWN,       FIRST_MARK,      true,  SELF REPLY",
            "OWN,       REPLY,           true,  FIGURE SELF FIRST REPLY",
            "OWN,       FINAL_MARK,      true,  FIGURE SELF FIRST REPLY",
            "OWN,       PUBLISHED,       true,  FIGURE SELF FIRST REPLY FINAL",
            "OWN,       FIRST_MARK,      false, ''",
            "OWN,       REPLY,           false, ''",
            "OWN,       FINAL_MARK,      false, ''",
            "OWN,       PUBLISHED,       false, FIGURE FINAL",
            "PUBLISHED, PUBLISHED,       false, FIGURE FINAL",
            "PUBLISHED, FINAL_MARK,      false, ''",
            "NONE,      PUBLISHED,       false, ''"})
    void scoreParts(View view, EvaluationStage stage, boolean own, String expected) {
        Set<Part> parts = expected.isBlank() ? EnumSet.noneOf(Part.class)
                : Arrays.stream(expected.split(" ")).map(Part::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Part.class)));
        assertEquals(parts, ScoreVisibility.parts(view, stage, own));
    }

    @ParameterizedTest(name = "{0} manages the region's rounds: {1}")
    @CsvSource({"bianban, true", "otherBianban, false", "leader, false", "dept10, false", "jiwei, false", "hotline, false"})
    void manage(String who, boolean allowed) {
        assertEquals(allowed, RoundPolicy.manage(TestActors.of(who), TestActors.REGION).allowed());
    }

    @ParameterizedTest(name = "{0} submits as unit 10 seeing the round as {1}: {2}")
    @CsvSource({"dept10, OWN, true", "dept10, ALL, false", "dept11, OWN, false", "bianban, ALL, false", "dept10, PUBLISHED, false"})
    void submit(String who, View view, boolean allowed) {
        assertEquals(allowed, RoundPolicy.submitFor(TestActors.of(who), view, 10).allowed());
    }

    @ParameterizedTest(name = "{0}, own {1}: sees submissions {2}; the panel {3}")
    @CsvSource({"ALL, false, true, true", "OWN, true, true, false", "OWN, false, false, false", "PUBLISHED, false, false, false"})
    void submissionsAndPanel(View view, boolean own, boolean sees, boolean panel) {
        assertEquals(sees, RoundPolicy.seesSubmission(view, own));
        assertEquals(panel, RoundPolicy.progress(view).allowed());
    }
}

package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The questionnaire policy as a table: who sees a questionnaire how (by status, audience, sharing), who may answer, who
 * reads the results about which unit, who manages. Region /1/2/; dept10 and dept11 are its departments, staff15 works
 * in office 15 of dept10, township20 is assessed.
 */
class SurveyPolicyTest {
    private static SurveyPolicy.Facts facts(String status, String audience, boolean shared) {
        return new SurveyPolicy.Facts(TestActors.REGION, QuestionnaireStatus.valueOf(status),
                audience.equals("-") ? null : SurveyAudience.valueOf(audience), List.of(20L),
                audience.equals("UNITS") ? List.of(10L) : List.of(), audience.equals("OFFICE_HEADS") ? 10L : null, shared);
    }

    @ParameterizedTest(name = "{0} sees a {1} {2} questionnaire (shared {3}) as {4}")
    @CsvSource({
            "bianban,      DRAFT,     -,            false, ALL",
            "leader,       DRAFT,     -,            false, ALL",
            "otherBianban, PUBLISHED, UNITS,        false, NONE",
            "dept10,       DRAFT,     -,            false, NONE",
            "dept10,       PUBLISHED, UNITS,        false, RESPONDENT",
            "dept10,       CLOSED,    UNITS,        false, RESPONDENT",
            "dept11,       PUBLISHED, UNITS,        false, NONE",
            "dept10,       PUBLISHED, ANONYMOUS,    false, NONE",
            "dept10,       PUBLISHED, OFFICE_HEADS, false, NONE",
            "staff15,      PUBLISHED, OFFICE_HEADS, false, RESPONDENT",
            "staff15,      PUBLISHED, UNITS,        false, NONE",
            "township20,   PUBLISHED, ANONYMOUS,    true,  NONE",
            "township20,   CLOSED,    ANONYMOUS,    false, NONE",
            "township20,   CLOSED,    ANONYMOUS,    true,  TARGET",
            "township30,   CLOSED,    ANONYMOUS,    true,  NONE",
            "jiwei,        CLOSED,    ANONYMOUS,    true,  NONE",
            "zuzhibu,      PUBLISHED, UNITS,        false, NONE",
            "bianwei,      PUBLISHED, UNITS,        false, NONE",
            "centre,       PUBLISHED, UNITS,        false, NONE",
            "grid,         PUBLISHED, UNITS,        false, NONE",
            "hotline,      PUBLISHED, UNITS,        false, NONE",
    })
    void view(String who, String status, String audience, boolean shared, SurveyPolicy.View expected) {
        assertEquals(expected, SurveyPolicy.view(TestActors.of(who), facts(status, audience, shared)));
    }

    @ParameterizedTest(name = "{0} seeing it as {1}, {2}: may answer {3}")
    @CsvSource({
            "RESPONDENT, PUBLISHED, true",
            "RESPONDENT, CLOSED,    false",
            "ALL,        PUBLISHED, false",
            "TARGET,     CLOSED,    false",
    })
    void answer(SurveyPolicy.View view, QuestionnaireStatus status, boolean allowed) {
        assertEquals(allowed, SurveyPolicy.answer(view, status).allowed());
    }

    @ParameterizedTest(name = "{0} seeing it as {1} reads the results about {2}: {3}")
    @CsvSource({
            "bianban,    ALL,        ,   true",
            "leader,     ALL,        20, true",
            "township20, TARGET,     20, true",
            "township20, TARGET,     21, false",
            "township20, TARGET,     ,   false",
            "dept10,     RESPONDENT, ,   false",
            "dept10,     RESPONDENT, 20, false",
    })
    void results(String who, SurveyPolicy.View view, Long target, boolean allowed) {
        assertEquals(allowed, SurveyPolicy.results(TestActors.of(who), view, target).allowed());
    }

    @ParameterizedTest(name = "{0} manages the region''s questionnaires: {1}")
    @CsvSource({"bianban, true", "otherBianban, false", "leader, false", "dept10, false", "bianwei, false", "hotline, false"})
    void manage(String who, boolean allowed) {
        ScopedActor actor = TestActors.of(who);
        assertEquals(allowed, SurveyPolicy.manage(actor, TestActors.REGION).allowed());
    }
}

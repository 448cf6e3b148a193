package cn.lvzhi.evaluation.forms;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.forms.FormsPolicy.Sight;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who sees, fills and reviews a unit's “1+3” form: the whole table of {@link FormsPolicy}. */
class FormsPolicyTest {

    @ParameterizedTest(name = "{0} sees unit {2}''s form of a {1} round as {3}, fills: {4}, reviews: {5}")
    @CsvSource({
            "bianban,      SELF_ASSESSMENT, 10, ALL,  false, true",
            "bianban,      DRAFT,           10, ALL,  false, true",
            "leader,       FIRST_MARK,      10, ALL,  false, false",
            "otherBianban, SELF_ASSESSMENT, 10, NONE, false, false",
            "dept10,       SELF_ASSESSMENT, 10, OWN,  true,  false",
            "dept10,       PUBLISHED,       10, OWN,  true,  false",
            "dept10,       DRAFT,           10, NONE, false, false",
            "staff15,      SELF_ASSESSMENT, 10, OWN,  true,  false",
            "dept10,       SELF_ASSESSMENT, 11, NONE, false, false",
            "dept11,       SELF_ASSESSMENT, 10, NONE, false, false",
            "township20,   SELF_ASSESSMENT, 20, OWN,  true,  false",
            "township20,   SELF_ASSESSMENT, 10, NONE, false, false",
            "office15,     SELF_ASSESSMENT, 10, NONE, false, false",
            "bianwei,      SELF_ASSESSMENT, 10, NONE, false, false",
            "jiwei,        PUBLISHED,       10, NONE, false, false",
            "zuzhibu,      PUBLISHED,       10, NONE, false, false",
            "centre,       SELF_ASSESSMENT, 10, NONE, false, false",
            "grid,         SELF_ASSESSMENT, 23, NONE, false, false",
            "hotline,      SELF_ASSESSMENT, 44, NONE, false, false"})
    void sightFillReview(String who, EvaluationStage stage, long unitId, Sight sight, boolean fills, boolean reviews) {
        var actor = TestActors.of(who);
        assertEquals(sight, FormsPolicy.sight(actor, TestActors.REGION, stage, unitId));
        assertEquals(fills, FormsPolicy.fill(sight).allowed());
        assertEquals(reviews, FormsPolicy.review(actor, sight).allowed());
    }

    @ParameterizedTest(name = "{0}: sees the region''s forms {1}, its own {2}")
    @CsvSource({
            "bianban, true,  false",
            "leader,  true,  false",
            "dept10,  false, true",
            "township20, false, true",
            "jiwei,   false, false",
            "grid,    false, false",
            "hotline, false, false"})
    void lists(String who, boolean region, boolean own) {
        assertEquals(region, FormsPolicy.seesRegion(TestActors.of(who)));
        assertEquals(own, FormsPolicy.seesOwn(TestActors.of(who)));
    }

    @org.junit.jupiter.api.Test
    void refusalsSayWhy() {
        assertEquals(FormsPolicy.FILL_OWN, FormsPolicy.fill(Sight.ALL).reason());
        assertEquals(FormsPolicy.REVIEW_OFFICE, FormsPolicy.review(TestActors.of("leader"), Sight.ALL).reason());
    }
}

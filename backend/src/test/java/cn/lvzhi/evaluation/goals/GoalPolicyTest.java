package cn.lvzhi.evaluation.goals;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GoalPolicy as a table: who (by the names of {@link TestActors}) × the goal's unit (/1/2/10/ is dept10's, /1/2/11/
 * another department's, /1/9/90/ a department of another district) × its status.
 */
class GoalPolicyTest {
    @ParameterizedTest(name = "{0} on {1} {2}: sees {3}, verifications {4}, draft {5}, report {6}, review {7}")
    @CsvSource({
            // who,          unit id, path,      status,    sees,  verif., draft, report, review
            "dept10,        10, /1/2/10/, DRAFT,     true,  true,  true,  true,  false",
            "dept10,        10, /1/2/10/, PUBLISHED, true,  true,  true,  true,  false",
            "dept11,        10, /1/2/10/, DRAFT,     false, false, false, false, false",
            "dept11,        10, /1/2/10/, SUBMITTED, false, false, false, false, false",
            "dept11,        10, /1/2/10/, ACCEPTED,  false, false, false, false, false",
            "dept11,        10, /1/2/10/, PUBLISHED, true,  false, false, false, false",
            "office15,      10, /1/2/10/, DRAFT,     false, false, false, false, false",
            "township20,    10, /1/2/10/, RETURNED,  false, false, false, false, false",
            "township20,    10, /1/2/10/, PUBLISHED, true,  false, false, false, false",
            "township20,    20, /1/2/20/, DRAFT,     true,  true,  true,  true,  false",
            "bianban,       10, /1/2/10/, SUBMITTED, true,  true,  false, false, true",
            "bianban,       10, /1/2/10/, PUBLISHED, true,  true,  false, false, true",
            "otherBianban,  10, /1/2/10/, PUBLISHED, false, false, false, false, false",
            "leader,        10, /1/2/10/, DRAFT,     true,  true,  false, false, false",
            "jiwei,         10, /1/2/10/, PUBLISHED, true,  false, false, false, false",
            "jiwei,         10, /1/2/10/, ACCEPTED,  false, false, false, false, false",
            "zuzhibu,       10, /1/2/10/, PUBLISHED, true,  false, false, false, false",
            "bianwei,       10, /1/2/10/, PUBLISHED, false, false, false, false, false",
            "centre,        10, /1/2/10/, PUBLISHED, false, false, false, false, false",
            "grid,          10, /1/2/10/, PUBLISHED, false, false, false, false, false",
            "hotline,       10, /1/2/10/, PUBLISHED, false, false, false, false, false",
            "dept10,        90, /1/9/90/, PUBLISHED, false, false, false, false, false",
    })
    void table(String who, long unitId, String path, GoalStatus status, boolean sees, boolean verifications, boolean draft,
               boolean report, boolean review) {
        ScopedActor a = TestActors.of(who);
        assertEquals(sees, GoalPolicy.sees(a, path, status), "sees");
        assertEquals(verifications, GoalPolicy.seesVerifications(a, path), "verifications");
        assertEquals(draft, GoalPolicy.draft(a, unitId).allowed(), "draft");
        assertEquals(report, GoalPolicy.reportProgress(a, unitId).allowed(), "report progress");
        assertEquals(review, GoalPolicy.review(a, path).allowed(), "review and verify");
    }

    @ParameterizedTest(name = "{0}: scope {1}, publish {2}")
    @CsvSource({
            "bianban,    ALL,               true",
            "leader,     ALL,               false",
            "dept10,     PUBLISHED_AND_OWN, false",
            "township20, PUBLISHED_AND_OWN, false",
            "jiwei,      PUBLISHED,         false",
            "zuzhibu,    PUBLISHED,         false",
            "bianwei,    NONE,              false",
            "centre,     NONE,              false",
            "grid,       NONE,              false",
            "hotline,    NONE,              false",
    })
    void scopeAndPublishing(String who, GoalPolicy.Scope scope, boolean publish) {
        assertEquals(scope, GoalPolicy.scope(TestActors.of(who)));
        assertEquals(publish, GoalPolicy.publish(TestActors.of(who)).allowed());
    }

    @ParameterizedTest(name = "a department of another path never drafts for unit 10 ({0})")
    @CsvSource({"DEPARTMENT", "TOWNSHIP", "ESTABLISHMENT_OFFICE", "LEADER"})
    void onlyTheUnitItselfDrafts(Role role) {
        assertEquals(false, GoalPolicy.draft(TestActors.actor(role, 11, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/11/"), 10).allowed());
    }
}

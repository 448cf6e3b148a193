package cn.lvzhi.cases;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case rules as pure tables, over the tree of {@link TestActors}. */
class CasePoliciesTest {
    static final String REGION = TestActors.REGION;

    static ScopedActor actor(Role role, long unitId, UnitKind kind, String path) {
        return TestActors.actor(role, unitId, kind, path);
    }

    static ScopedActor of(String who) {
        return TestActors.of(who);
    }

    /**
     * A case the grid worker reported in township 20, dispatched by the centre to department 10 (lead), which
     * passed it on to its office 15; {@code unsatisfied} when a rating was 不满意.
     */
    static CaseVisibility.CaseFacts gridCase(boolean unsatisfied) {
        return new CaseVisibility.CaseFacts("sub-23", "/1/2/20/22/23/", "/1/2/20/", unsatisfied, false,
                List.of("/1/2/3/", "/1/2/10/", "/1/2/10/", "/1/2/10/15/"));
    }

    @ParameterizedTest(name = "{0} sees the grid case: {1}; once rated 不满意: {2}")
    @CsvSource({
            "grid,         true,  true",
            "hotline,      false, false",
            "room,         true,  true",
            "centre,       true,  true",
            "otherCentre,  false, false",
            "dept10,       true,  true",
            "office15,     true,  true",
            "dept11,       false, false",
            "township20,   true,  true",
            "township30,   false, false",
            "jiwei,        false, true",
            "zuzhibu,      false, true",
            "bianban,      true,  true",
            "otherBianban, false, false",
            "leader,       true,  true",
            "bianwei,      false, false",
    })
    void caseVisibility(String who, boolean sees, boolean seesUnsatisfied) {
        assertEquals(sees, CaseVisibility.sees(of(who), gridCase(false)));
        assertEquals(seesUnsatisfied, CaseVisibility.sees(of(who), gridCase(true)));
    }

    @Test
    void theCommitteeSeesACaseOnceItWasDisputed() {
        var disputed = new CaseVisibility.CaseFacts("sub-23", "/1/2/20/22/23/", "/1/2/20/", false, true, List.of("/1/2/3/"));
        assertTrue(CaseVisibility.sees(of("bianwei"), disputed));
        assertFalse(CaseVisibility.sees(of("bianwei"), gridCase(false)));
        assertEquals(Set.of(1L), CaseVisibility.visibleDispatches(of("bianwei"), disputed,
                List.of(new CaseVisibility.DispatchFacts(1, null, "/1/2/3/", "/1/2/10/"))), "it sees the whole tree");
    }

    @Test
    void theHotlineSeesWhatItSubmitted() {
        var submitted = new CaseVisibility.CaseFacts("sub-44", "/1/2/44/", "/1/2/", false, false, List.of());
        assertTrue(CaseVisibility.sees(of("hotline"), submitted));
        assertFalse(CaseVisibility.sees(of("grid"), submitted));
        assertFalse(CaseVisibility.sees(of("room"), submitted), "a district-wide case is not the township room's");
        assertTrue(CaseVisibility.sees(of("centre"), submitted));
    }

    @Test
    void aDepartmentSeesItsOwnDispatchesAndEverythingDownstream() {
        // 1: centre → dept10 (lead), 2: centre → dept11, 3: dept10 → office15, 4: office15 → township30
        var dispatches = List.of(
                new CaseVisibility.DispatchFacts(1, null, "/1/2/3/", "/1/2/10/"),
                new CaseVisibility.DispatchFacts(2, null, "/1/2/3/", "/1/2/11/"),
                new CaseVisibility.DispatchFacts(3, 1L, "/1/2/10/", "/1/2/10/15/"),
                new CaseVisibility.DispatchFacts(4, 3L, "/1/2/10/15/", "/1/2/30/"));
        var facts = gridCase(false);
        assertEquals(Set.of(1L, 3L, 4L), CaseVisibility.visibleDispatches(of("dept10"), facts, dispatches));
        assertEquals(Set.of(2L), CaseVisibility.visibleDispatches(of("dept11"), facts, dispatches));
        assertEquals(Set.of(4L), CaseVisibility.visibleDispatches(of("township30"), facts, dispatches));
        assertEquals(Set.of(), CaseVisibility.visibleDispatches(of("township20"), facts, dispatches), "it reported, no party");
        assertEquals(Set.of(1L, 2L, 3L, 4L), CaseVisibility.visibleDispatches(of("centre"), facts, dispatches));
        assertEquals(Set.of(1L, 2L, 3L, 4L), CaseVisibility.visibleDispatches(of("grid"), facts, dispatches));
    }

    static Dispatch dispatch(long from, long to, DispatchStatus status) {
        Dispatch d = new Dispatch();
        d.id = 99L;
        d.fromUnitId = from;
        d.toUnitId = to;
        d.status = status;
        return d;
    }

    @ParameterizedTest(name = "{0} dispatches to {1} ({2}) as a first hop: {3}")
    @CsvSource({
            // who,      target path,      target kind,            allowed
            "centre,     /1/2/10/,         GOVERNMENT_DEPARTMENT,  true",
            "centre,     /1/2/10/15/,      INTERNAL_OFFICE,        true",
            "centre,     /1/2/20/,         TOWNSHIP,               true",
            "centre,     /1/9/10/,         GOVERNMENT_DEPARTMENT,  false",
            "centre,     /1/2/20/22/23/,   GRID,                   false",
            "room,       /1/2/20/22/,      COMMUNITY,              true",
            "room,       /1/2/3/,          COMMAND_CENTRE,         true",
            "room,       /1/2/10/,         GOVERNMENT_DEPARTMENT,  false",
            "room,       /1/2/30/,         TOWNSHIP,               false",
            "dept10,     /1/2/11/,         GOVERNMENT_DEPARTMENT,  false",
            "bianban,    /1/2/10/,         GOVERNMENT_DEPARTMENT,  false",
            "grid,       /1/2/10/,         GOVERNMENT_DEPARTMENT,  false",
    })
    void firstHop(String who, String path, UnitKind kind, boolean allowed) {
        var target = new DispatchPolicy.Target(500, path, kind);
        assertEquals(allowed, DispatchPolicy.dispatch(of(who), "/1/2/20/", null, target).allowed());
    }

    @ParameterizedTest(name = "{0} passes on a dispatch received by unit {1} to {2} ({3}): {4}")
    @CsvSource({
            "dept10,   10, /1/2/10/15/,  INTERNAL_OFFICE,        true",
            "dept10,   10, /1/2/11/,     GOVERNMENT_DEPARTMENT,  true",
            "dept10,   10, /1/2/30/,     TOWNSHIP,               true",
            "dept10,   10, /1/9/11/,     GOVERNMENT_DEPARTMENT,  false",
            "dept10,   10, /1/2/20/22/,  COMMUNITY,              false",
            "dept11,   10, /1/2/10/15/,  INTERNAL_OFFICE,        false",
            "centre,    3, /1/2/10/,     GOVERNMENT_DEPARTMENT,  true",
    })
    void onward(String who, long receiver, String path, UnitKind kind, boolean allowed) {
        var parent = dispatch(21, receiver, DispatchStatus.SIGNED);
        assertEquals(allowed, DispatchPolicy.dispatch(of(who), "/1/2/20/", parent, new DispatchPolicy.Target(500, path, kind)).allowed());
    }

    @Test
    void noUnitDispatchesToItself() {
        var self = new DispatchPolicy.Target(3, "/1/2/3/", UnitKind.COMMAND_CENTRE);
        assertEquals(CaseRefusals.TO_SELF, DispatchPolicy.dispatch(of("centre"), "/1/2/20/", null, self).reason());
    }

    @ParameterizedTest(name = "{0} rates a dispatch from 3 to 10: {1}")
    @CsvSource({
            "centre,   true,  ",
            "dept10,   false, " + CaseRefusals.HANDLER_SELF,
            "dept11,   false, " + CaseRefusals.NOT_DISPATCHER,
            "room,     false, " + CaseRefusals.NOT_DISPATCHER,
            "leader,   false, " + CaseRefusals.NOT_DISPATCHER,
    })
    void whoDispatchesRates(String who, boolean allowed, String reason) {
        var decision = RatingPolicy.rate(of(who), dispatch(3, 10, DispatchStatus.REPLIED));
        assertEquals(allowed, decision.allowed());
        assertEquals(reason, decision.reason());
    }

    @ParameterizedTest
    @EnumSource(DispatchStatus.class)
    void onlyAReplyIsRatedAndOnlyOnce(DispatchStatus status) {
        var decision = RatingPolicy.rateable(status);
        assertEquals(status == DispatchStatus.REPLIED, decision.allowed());
        if (status == DispatchStatus.RATED) {
            assertEquals(RatingPolicy.ALREADY_RATED, decision.reason());
        } else if (status != DispatchStatus.REPLIED) {
            // the refusal names the state as users read it, not the enum constant
            assertTrue(decision.reason().contains("当前状态：" + status.label()), decision.reason());
            assertFalse(decision.reason().contains("（当前状态：" + status.name()), decision.reason());
        }
    }

    /**
     * Two ratings under appeal: the centre (3) rated department 10, and department 10 rated its office 15 — who
     * appeals each, who decides it, and why not.
     */
    @ParameterizedTest(name = "{1} rated {2} — {0}: appeal {3}, decide {4}")
    @CsvSource({
            "dept10,      3,  10, true,  false, " + CaseRefusals.APPELLANT_DECIDES,
            "dept11,      3,  10, false, false, " + CaseRefusals.NOT_CENTRE,
            "centre,      3,  10, false, false, " + CaseRefusals.RATER_DECIDES,
            "leader,      3,  10, false, true,  ",
            "room,        3,  10, false, false, " + CaseRefusals.NOT_CENTRE,
            "otherCentre, 3,  10, false, false, " + CaseRefusals.NOT_CENTRE,
            "bianban,     3,  10, false, false, " + CaseRefusals.NOT_CENTRE,
            "staff15,     3,  10, false, false, " + CaseRefusals.NOT_CENTRE,
            "staff15,     10, 15, true,  false, " + CaseRefusals.APPELLANT_DECIDES,
            "dept10,      10, 15, false, false, " + CaseRefusals.RATER_DECIDES,
            "centre,      10, 15, false, true,  ",
            "leader,      10, 15, false, true,  ",
            "dept11,      10, 15, false, false, " + CaseRefusals.NOT_CENTRE,
            "room,        10, 15, false, false, " + CaseRefusals.NOT_CENTRE,
    })
    void appeals(String who, long rater, long rated, boolean appeal, boolean decide, String reason) {
        Rating r = new Rating();
        r.ratedUnitId = rated;
        assertEquals(appeal, AppealPolicy.appeal(of(who), r).allowed());
        String raterPath = rater == 3 ? "/1/2/3/" : "/1/2/10/";
        var decision = AppealPolicy.decide(of(who), "/1/2/20/", new AppealPolicy.Parties(rater, raterPath, rated));
        assertEquals(decide, decision.allowed());
        assertEquals(reason, decision.reason());
        assertTrue(AppealPolicy.appealable(false).allowed());
        assertEquals(AppealPolicy.ALREADY_APPEALED, AppealPolicy.appealable(true).reason());
    }

    @ParameterizedTest
    @EnumSource(RatingLevel.class)
    void onlyARatingBelowSatisfiedIsAppealed(RatingLevel level) {
        if (level == RatingLevel.SATISFIED) {
            var e = assertThrows(cn.lvzhi.common.ValidationException.class, () -> AppealPolicy.checkLevel(level));
            assertEquals(AppealPolicy.RATING, e.field());
        } else {
            AppealPolicy.checkLevel(level);
        }
    }

    @ParameterizedTest(name = "a hop 10→15 — {0}: handle {1}, rate {2}, remind {3}")
    @CsvSource({
            "staff15, true,  false, false",
            "office15, true, false, false",
            "dept10,  false, true,  true",
            "dept11,  false, false, false",
            "centre,  false, false, true",
    })
    void officeStaffHandleTheHopsToTheirOfficeAndTheDepartmentRates(String who, boolean handle, boolean rate, boolean remind) {
        Dispatch d = dispatch(10, 15, DispatchStatus.REPLIED);
        assertEquals(handle, CasePolicy.handle(of(who), d).allowed());
        assertEquals(rate, RatingPolicy.rate(of(who), d).allowed());
        assertEquals(remind, CasePolicy.remind(of(who), "/1/2/20/", d).allowed());
    }

    @ParameterizedTest(name = "{0}: report {1}, accept/close {2}, remind a dispatch 3→10 {3}, handle it {4}")
    @CsvSource({
            "grid,       true,  false, false, false",
            "hotline,    true,  false, false, false",
            "room,       true,  true,  true,  false",
            "centre,     true,  true,  true,  false",
            "otherCentre,true,  false, false, false",
            "dept10,     true,  false, false, true",
            "staff15,    true,  false, false, false",
            "township20, true,  false, false, false",
            "bianban,    false, false, false, false",
            "jiwei,      false, false, false, false",
            "leader,     false, false, false, false",
    })
    void otherCaseRules(String who, boolean report, boolean command, boolean remind, boolean handle) {
        ScopedActor a = of(who);
        Dispatch d = dispatch(3, 10, DispatchStatus.SENT);
        assertEquals(report, CasePolicy.report(a).allowed());
        assertEquals(command, CasePolicy.command(a, "/1/2/20/").allowed());
        assertEquals(remind, CasePolicy.remind(a, "/1/2/20/", d).allowed());
        assertEquals(handle, CasePolicy.handle(a, d).allowed());
    }

    @Test
    void theReporterOrTheCommandCentreCancels() {
        Case c = new Case();
        c.reporterSubject = "sub-23";
        c.areaPath = "/1/2/20/";
        assertTrue(CasePolicy.cancel(of("grid"), c).allowed());
        assertTrue(CasePolicy.cancel(of("room"), c).allowed());
        assertFalse(CasePolicy.cancel(of("township20"), c).allowed());
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "REPORTED,    ACCEPTED,    true",
            "REPORTED,    DISPATCHED,  false",
            "REPORTED,    CANCELLED,   true",
            "ACCEPTED,    DISPATCHED,  true",
            "ACCEPTED,    CLOSED,      true",
            "DISPATCHED,  IN_PROGRESS, true",
            "DISPATCHED,  DISPUTED,    true",
            "DISPATCHED,  CANCELLED,   false",
            "IN_PROGRESS, COMPLETED,   true",
            "DISPUTED,    DISPATCHED,  true",
            "DISPUTED,    CLOSED,      false",
            "COMPLETED,   CLOSED,      true",
            "CLOSED,      IN_PROGRESS, false",
            "CANCELLED,   ACCEPTED,    false",
    })
    void transitions(CaseStatus from, CaseStatus to, boolean allowed) {
        assertEquals(allowed, CaseTransitions.allowed(from, to));
        if (!allowed) {
            var e = assertThrows(ConflictException.class, () -> CaseTransitions.check(from, to));
            assertTrue(e.getMessage().contains(CaseTransitions.label(from)), "names the current state: " + e.getMessage());
        }
    }

    @Test
    void aCommandRoomCommandsItsTownship() {
        assertEquals("/1/2/20/", of("room").commandArea());
        assertEquals(REGION, of("centre").commandArea());
        assertEquals(null, of("dept10").commandArea());
    }
}

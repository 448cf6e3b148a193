package cn.lvzhi.cases.escalation;

import cn.lvzhi.org.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The timing rule of automatic escalation, the ladder and the choice of rule, as tables (Shanghai time, 2026 calendar). */
class EscalationTimingTest {

    private static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + ":00+08:00");
    }

    @ParameterizedTest(name = "{1} working hours before {0} is {2}")
    @CsvSource({
            // same day
            "2026-12-07T15:00, 4,   2026-12-07T11:00",
            // across a weekend: Monday 15:00 less 24 h is the Friday before
            "2026-12-07T15:00, 24,  2026-12-04T15:00",
            "2026-12-07T15:00, 16,  2026-12-04T23:00",
            // across the National Day holiday (10-01..10-07, worked Saturday 10-10 before Monday 10-12... counts)
            "2026-10-08T09:00, 24,  2026-09-30T09:00",
            // a worked weekend day (调休 Saturday 2026-10-10) counts
            "2026-10-12T09:00, 48,  2026-10-09T09:00",
            "2026-12-07T15:00, 0,   2026-12-07T15:00"})
    void workingHoursCountOnlyWorkingDays(String deadline, int hours, String expected) {
        assertEquals(at(expected).toInstant(), cn.lvzhi.cases.WorkingDays.minusWorkingHours(at(deadline), hours).toInstant());
    }

    @ParameterizedTest(name = "warn {0} h, remind {1}, escalate {2} d; started {3}, deadline {4}, at {5} → {6}")
    @CsvSource(delimiter = ';', value = {
            // before the warning: nothing
            "24; true; 2; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-04T14:59; ",
            // from the warning to the deadline: the warning only
            "24; true; 2; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-04T15:00; WARNED",
            "24; true; 2; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-07T14:59; WARNED",
            // at the deadline the warning is moot; 催办
            "24; true; 2; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-07T15:00; REMINDED",
            // two working days past (Wednesday 15:00): 督办 too
            "24; true; 2; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-09T14:59; REMINDED",
            "24; true; 2; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-09T15:00; REMINDED ESCALATED",
            // a Friday deadline escalates after the weekend
            "24; true; 1; 2026-12-01T09:00; 2026-12-04T15:00; 2026-12-06T15:00; REMINDED",
            "24; true; 1; 2026-12-01T09:00; 2026-12-04T15:00; 2026-12-07T15:00; REMINDED ESCALATED",
            // a warning that would fall before the clock started says nothing the dispatch did not
            "24; true; 2; 2026-12-04T16:00; 2026-12-07T15:00; 2026-12-07T10:00; ",
            // no warning, no 催办, no 督办
            "0; false; ; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-31T15:00; ",
            "0; false; 3; 2026-12-01T09:00; 2026-12-07T15:00; 2026-12-10T15:00; ESCALATED"})
    void stepsDueAtAMoment(int warn, boolean remind, Integer escalate, String started, String deadline, String now, String expected) {
        Set<EscalationLevel> want = expected == null ? Set.of() : Arrays.stream(expected.split(" "))
                .map(EscalationLevel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(EscalationLevel.class)));
        assertEquals(want, EscalationTiming.due(new EscalationTiming.Settings(warn, remind, escalate), at(started), at(deadline), at(now)));
    }

    @ParameterizedTest(name = "a hop dispatched by a {0} goes up to {1}")
    @CsvSource({
            "TOWNSHIP_COMMAND_ROOM, DISTRICT_COMMAND_CENTRE",
            "COMMAND_CENTRE, PARENT",
            "GOVERNMENT_DEPARTMENT, PARENT",
            "INTERNAL_OFFICE, PARENT",
            "TOWNSHIP, PARENT"})
    void theLevelAboveTheDispatcher(UnitKind dispatcher, EscalationLadder.Above expected) {
        assertEquals(expected, EscalationLadder.above(dispatcher));
    }

    private static EscalationRule rule(Long region, Long item, String text) {
        EscalationRule r = new EscalationRule();
        r.regionUnitId = region;
        r.categoryItemId = item;
        r.categoryText = text;
        return r;
    }

    @Test
    void aCaseFallsUnderItsCategoryThenItsDistrictThenTheInheritedDefault() {
        EscalationRule inherited = rule(null, null, null);
        EscalationRule district = rule(7L, null, null);
        EscalationRule byItem = rule(7L, 42L, null);
        EscalationRule byText = rule(7L, null, "噪声扰民");
        EscalationRule otherDistrict = rule(8L, 42L, null);
        List<EscalationRule> rules = List.of(inherited, district, byItem, byText, otherDistrict);
        assertSame(byItem, EscalationRules.of(7L, 42L, null, rules));
        assertSame(byText, EscalationRules.of(7L, null, "噪声扰民", rules));
        assertSame(district, EscalationRules.of(7L, 43L, null, rules), "another item: the district's default");
        assertSame(district, EscalationRules.of(7L, null, "占道经营", rules));
        assertSame(inherited, EscalationRules.of(9L, 42L, null, rules), "a district without rules inherits");
        assertSame(otherDistrict, EscalationRules.of(8L, 42L, null, rules));
        assertSame(inherited, EscalationRules.of(8L, 43L, null, rules), "district 8 has no default of its own");
    }
}

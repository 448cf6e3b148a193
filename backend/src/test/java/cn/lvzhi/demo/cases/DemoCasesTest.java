package cn.lvzhi.demo.cases;

import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.DispatchStatus;
import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.demo.cases.DemoCases.CaseSeed;
import cn.lvzhi.demo.lists.DemoLists;
import cn.lvzhi.demo.org.DemoDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo case history: deterministic, in every state, and consistent with the rules the API enforces. */
class DemoCasesTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 0, 30, 0, 0, ZoneOffset.ofHours(8));
    static List<CaseSeed> cases;

    @BeforeAll
    static void generate() {
        var units = DemoDistrict.generate(1);
        cases = DemoCases.generate(units, DemoLists.generate(units), NOW, 120, 30);
    }

    @Test
    void monthsOfHistoryInEveryState() {
        assertTrue(cases.size() > 2500, "cases: " + cases.size());
        assertEquals(EnumSet.allOf(CaseStatus.class), cases.stream().map(CaseSeed::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class))));
        assertTrue(cases.stream().filter(c -> c.categoryItemCode() != null).count() > cases.size() / 2, "mostly list categories");
        Set<String> codes = new HashSet<>();
        cases.forEach(c -> assertTrue(codes.add(c.code()), "unique code " + c.code()));
    }

    @Test
    void sameEndDateSameHistory() {
        var units = DemoDistrict.generate(1);
        assertEquals(cases, DemoCases.generate(units, DemoLists.generate(units), NOW, 120, 30));
    }

    @Test
    void theStatesAgreeWithTheirDispatches() {
        for (CaseSeed c : cases) {
            var statuses = c.dispatches().stream().map(d -> d.status()).collect(Collectors.toSet());
            switch (c.status()) {
                case REPORTED, ACCEPTED, CANCELLED -> assertTrue(c.dispatches().isEmpty(), c.code());
                case DISPUTED -> assertEquals(Set.of(DispatchStatus.REFUSED), statuses, c.code());
                case CLOSED -> assertEquals(Set.of(DispatchStatus.RATED), statuses, c.code());
                case COMPLETED -> assertTrue(EnumSet.of(DispatchStatus.REPLIED, DispatchStatus.RATED).containsAll(statuses), c.code());
                default -> assertTrue(!c.dispatches().isEmpty(), c.code());
            }
            c.dispatches().stream().filter(d -> d.rating() != null).forEach(d -> {
                assertNotNull(d.repliedAt(), "rated only after a reply");
                if (d.rating().level() == RatingLevel.UNSATISFIED) {
                    assertNotNull(d.rating().comment(), "不满意 carries a comment");
                }
            });
        }
        long unsatisfied = cases.stream().filter(CaseSeed::hasUnsatisfied).count();
        assertTrue(unsatisfied > 20, "the discipline office has 不满意 cases to look at: " + unsatisfied);
    }

    @Test
    void nothingHappensAfterTheDayItIsLoaded() {
        // loaded just after midnight: yesterday's late reports would otherwise be rated tomorrow
        for (CaseSeed c : cases) {
            List<OffsetDateTime> moments = new java.util.ArrayList<>(java.util.Arrays.asList(c.reportedAt(), c.acceptedAt(), c.closedAt()));
            c.dispatches().forEach(d -> {
                moments.addAll(java.util.Arrays.asList(d.sentAt(), d.signedAt(), d.repliedAt(), d.refusedAt()));
                if (d.rating() != null) {
                    moments.add(d.rating().ratedAt());
                    assertTrue(!d.rating().ratedAt().isBefore(d.repliedAt()), "rated after the reply: " + c.code());
                }
            });
            moments.stream().filter(java.util.Objects::nonNull).forEach(m -> assertTrue(!m.isAfter(NOW), c.code() + " at " + m));
        }
    }
}

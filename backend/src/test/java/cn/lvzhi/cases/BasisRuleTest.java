package cn.lvzhi.cases;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a hop may name as its legal basis, when, and whether it is the case's basis too. */
class BasisRuleTest {
    static final BasisRule.Item POWER = new BasisRule.Item(9, ListKind.POWER, ItemStatus.PUBLISHED, 10, 2, List.of("日常巡查", "立案责任"));

    static String field(Runnable check) {
        return assertThrows(ValidationException.class, check::run).field();
    }

    @Test
    void aPublishedPowerItemAndOneOfItsDuties() {
        assertEquals("日常巡查", BasisRule.checkItem("input.basis", POWER, " 日常巡查 "));
        assertNull(BasisRule.checkItem("input.basis", POWER, null));
        assertNull(BasisRule.checkItem("input.basis", POWER, "  "));
        assertEquals("input.basis.supervisionDuty", field(() -> BasisRule.checkItem("input.basis", POWER, "别的责任")));
        assertEquals("input.basis.powerItemId", field(() -> BasisRule.checkItem("input.basis", null, null)));
        var collaboration = new BasisRule.Item(3, ListKind.COLLABORATION, ItemStatus.PUBLISHED, 10, 1, List.of());
        assertEquals("input.basis.powerItemId", field(() -> BasisRule.checkItem("input.basis", collaboration, null)));
        var draft = new BasisRule.Item(4, ListKind.POWER, ItemStatus.DRAFT, 10, 0, List.of());
        assertEquals("input.basis.powerItemId", field(() -> BasisRule.checkItem("input.basis", draft, null)));
        var retired = new BasisRule.Item(5, ListKind.POWER, ItemStatus.RETIRED, 10, 3, List.of());
        assertEquals("input.basis.powerItemId", field(() -> BasisRule.checkItem("input.basis", retired, null)));
    }

    @Test
    void onlyTheHandlingDepartmentsItem() {
        BasisRule.checkDepartment("input.basis", POWER, 10);
        assertEquals("input.basis.powerItemId", field(() -> BasisRule.checkDepartment("input.basis", POWER, 11)));
        // a 科室 names from its department's list; every other unit from its own
        assertEquals(10, BasisRule.department(UnitKind.INTERNAL_OFFICE, 15, 10L));
        assertEquals(10, BasisRule.department(UnitKind.GOVERNMENT_DEPARTMENT, 10, 2L));
        assertEquals(20, BasisRule.department(UnitKind.TOWNSHIP, 20, 2L));
    }

    @ParameterizedTest(name = "{0} hop, closed {1}, case {2} -> {3}")
    @CsvSource({
            "SENT,     false, DISPATCHED,  NOT_IN_HAND",
            "SIGNED,   false, IN_PROGRESS, ALLOW",
            "REPLIED,  false, COMPLETED,   ALLOW",
            "RATED,    false, COMPLETED,   ALLOW",
            "REFUSED,  false, DISPUTED,    NOT_IN_HAND",
            "SIGNED,   true,  IN_PROGRESS, HOP_CLOSED",
            "RATED,    false, CLOSED,      CASE_ENDED",
            "SIGNED,   false, CANCELLED,   CASE_ENDED",
    })
    void namedWhileTheHopIsInHand(DispatchStatus status, boolean closed, CaseStatus caseStatus, String expected) {
        var decision = BasisRule.settable(status, closed, caseStatus);
        assertEquals(expected.equals("ALLOW"), decision.allowed());
        if (!decision.allowed()) {
            assertEquals(switch (expected) {
                case "NOT_IN_HAND" -> BasisRule.NOT_IN_HAND;
                case "HOP_CLOSED" -> BasisRule.HOP_CLOSED;
                default -> BasisRule.CASE_ENDED;
            }, decision.reason());
        }
    }

    @Test
    void theLiveFirstHopLeadNamesTheCasesBasis() {
        assertTrue(BasisRule.namesCase(null, DispatchRole.LEAD, DispatchStatus.SIGNED));
        assertFalse(BasisRule.namesCase(null, DispatchRole.CO_OPERATE, DispatchStatus.SIGNED));
        assertFalse(BasisRule.namesCase(7L, DispatchRole.LEAD, DispatchStatus.SIGNED));
        assertFalse(BasisRule.namesCase(null, DispatchRole.LEAD, DispatchStatus.REFUSED));
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.HopReasonInput;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 闭环 as a table: which hops hold a case open, and the reasons that close them. */
class HopSettlementTest {

    static Dispatch hop(long id, Long parent, DispatchStatus status) {
        Dispatch d = new Dispatch();
        d.id = id;
        d.parentDispatchId = parent;
        d.status = status;
        return d;
    }

    static HopReasonInput reason(long id, String text) {
        HopReasonInput r = new HopReasonInput();
        r.dispatchId = id;
        r.reason = text;
        return r;
    }

    @ParameterizedTest
    @EnumSource(DispatchStatus.class)
    void openAndUnratedHopsAreUnsettledUntilClosed(DispatchStatus status) {
        Dispatch d = hop(1, null, status);
        boolean open = status == DispatchStatus.SENT || status == DispatchStatus.SIGNED || status == DispatchStatus.REPLIED;
        assertEquals(open, HopSettlement.unsettled(d));
        d.closedAt = OffsetDateTime.now();
        assertEquals(false, HopSettlement.unsettled(d));
        assertThrows(ConflictException.class, () -> HopSettlement.requireOpen(d));
    }

    @Test
    void theHopsBelowADispatchAreItsWholeSubtree() {
        List<Dispatch> all = List.of(hop(1, null, DispatchStatus.SIGNED), hop(2, 1L, DispatchStatus.SIGNED),
                hop(3, 2L, DispatchStatus.SENT), hop(4, null, DispatchStatus.SENT), hop(5, 4L, DispatchStatus.SENT));
        assertEquals(List.of(2L, 3L), HopSettlement.below(all, 1).stream().map(d -> d.id).toList());
        assertEquals(List.of(), HopSettlement.below(all, 3));
    }

    @Test
    void everyUnsettledHopNeedsAReasonAndOnlyThose() {
        List<Dispatch> scope = List.of(hop(1, null, DispatchStatus.RATED), hop(2, 1L, DispatchStatus.SENT),
                hop(3, 1L, DispatchStatus.REPLIED), hop(4, 1L, DispatchStatus.REFUSED));
        assertEquals(List.of(), HopSettlement.closings(List.of(scope.get(0), scope.get(3)), null));

        var missing = assertThrows(ValidationException.class, () -> HopSettlement.closings(scope, List.of(reason(2, "科室人员调整"))));
        assertEquals(HopSettlement.REASONS, missing.field());
        assertTrue(missing.getMessage().contains("3"), missing.getMessage());

        var settled = assertThrows(ValidationException.class, () -> HopSettlement.closings(scope,
                List.of(reason(2, "a"), reason(3, "b"), reason(1, "已评价"))));
        assertEquals(HopSettlement.REASONS, settled.field());
        assertThrows(ValidationException.class, () -> HopSettlement.closings(scope, List.of(reason(2, "a"), reason(2, "b"), reason(3, "c"))));
        assertThrows(ValidationException.class, () -> HopSettlement.closings(scope, List.of(reason(2, "  "), reason(3, "c"))));

        var closings = HopSettlement.closings(scope, List.of(reason(3, "反馈已由局里复核"), reason(2, "该科室不再承担此项职责")));
        assertEquals(List.of(2L, 3L), closings.stream().map(c -> c.dispatch().id).toList());
        assertEquals("该科室不再承担此项职责", closings.get(0).reason());
    }
}

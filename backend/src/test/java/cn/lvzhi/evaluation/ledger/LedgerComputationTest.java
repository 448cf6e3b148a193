package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.testing.FieldworkLedger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** LEDGER_OPEN_ITEMS and LEDGER_OVERDUE_ITEMS on prepared items of units of the test's own, over March 2026. */
@QuarkusTest
class LedgerComputationTest {

    @Test
    void openAndOverdueItemsPerUnit() throws Throwable {
        long a = unit("台账计算甲", "GENERAL_SUPPORT");
        long b = unit("台账计算乙", "GENERAL_SUPPORT");
        long open = FieldworkLedger.stored(a, "OPEN", at(2026, 2, 1, 9, 0), LocalDate.of(2026, 3, 2), null, null, null);
        long lateInMarch = FieldworkLedger.stored(a, "RECTIFIED", at(2026, 2, 1, 9, 0), LocalDate.of(2026, 3, 2), 3,
                at(2026, 3, 5, 9, 0), null);
        FieldworkLedger.stored(a, "CLOSED", at(2026, 2, 1, 9, 0), LocalDate.of(2026, 3, 20), 0,
                at(2026, 3, 10, 9, 0), at(2026, 3, 20, 9, 0));
        long closedAfter = FieldworkLedger.stored(a, "CLOSED", at(2026, 3, 2, 9, 0), LocalDate.of(2026, 3, 30), 0,
                at(2026, 3, 25, 9, 0), at(2026, 4, 2, 9, 0));
        FieldworkLedger.stored(a, "OPEN", at(2026, 4, 1, 9, 0), LocalDate.of(2026, 4, 29), null, null, null);
        long dueLater = FieldworkLedger.stored(b, "OPEN", at(2026, 3, 20, 9, 0), LocalDate.of(2026, 4, 17), null, null, null);

        Map<Long, ComputedFigure> opens = compute("LEDGER_OPEN_ITEMS", Set.of(a, b), MARCH_1, MARCH_31, Map.of());
        assertFigure(opens.get(a), "3", "3", null);
        assertEquals(List.of(row("LEDGER_ITEM", open, true), row("LEDGER_ITEM", lateInMarch, true),
                row("LEDGER_ITEM", closedAfter, true)), rows(opens.get(a)));
        assertFigure(opens.get(b), "1", "1", null);
        assertEquals(List.of(row("LEDGER_ITEM", dueLater, true)), rows(opens.get(b)));

        Map<Long, ComputedFigure> overdue = compute("LEDGER_OVERDUE_ITEMS", Set.of(a, b), MARCH_1, MARCH_31, Map.of());
        assertFigure(overdue.get(a), "2", "2", null);
        assertEquals(List.of(row("LEDGER_ITEM", open, true), row("LEDGER_ITEM", lateInMarch, true)), rows(overdue.get(a)));
        assertEquals("超期 3 个工作日整改", overdue.get(a).rows().get(1).note());
        assertEquals("TZ-" + open, overdue.get(a).rows().get(0).refCode());
        assertFigure(overdue.get(b), "0", "0", null);
    }
}

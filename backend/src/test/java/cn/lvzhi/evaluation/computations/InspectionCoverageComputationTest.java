package cn.lvzhi.evaluation.computations;

import cn.lvzhi.testing.EvaluationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.item;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** INSPECTION_COVERAGE on prepared inspection items: an inspection dated in the period covers an item. */
@QuarkusTest
class InspectionCoverageComputationTest {
    private static final String POWER = "{\"power\": {\"type\": \"INSPECTION\", \"level\": \"COUNTY\"}}";

    /** The test items leave the region's lists as the demo made them (the fusion and claims tests count them). */
    @AfterEach
    void forgetTheTestLists() {
        EvaluationFixtures.forgetTestListData();
    }

    @Test
    void publishedInspectionItemsWithAnInspectionInThePeriod() throws Throwable {
        long a = unit("检查甲", "SAFETY_ENVIRONMENT");
        long b = unit("检查乙", "SAFETY_ENVIRONMENT");
        long covered = item("POWER", a, "PUBLISHED", "INSPECTION", null, POWER);
        long onlyBefore = item("POWER", a, "PUBLISHED", "INSPECTION", null, POWER);
        long never = item("POWER", a, "PUBLISHED", "INSPECTION", null, POWER);
        long draft = item("POWER", a, "DRAFT", "INSPECTION", null, POWER);
        long penalty = item("POWER", a, "PUBLISHED", "PENALTY", null, POWER);
        inspect(covered, LocalDate.of(2026, 3, 1), 3);
        inspect(covered, LocalDate.of(2026, 3, 31), 4);
        inspect(onlyBefore, LocalDate.of(2026, 2, 28), 1);
        inspect(onlyBefore, LocalDate.of(2026, 4, 1), 1);
        inspect(draft, LocalDate.of(2026, 3, 5), 1);
        inspect(penalty, LocalDate.of(2026, 3, 5), 1);

        Map<Long, ComputedFigure> figures = compute("INSPECTION_COVERAGE", Set.of(a, b), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "0.3333", "1", "3");
        assertEquals(List.of(row("LIST_ITEM", covered, true), row("LIST_ITEM", onlyBefore, false), row("LIST_ITEM", never, false)),
                rows(fa));
        assertEquals("本期检查 2 次，检查对象 7 个", fa.rows().get(0).note());
        assertEquals("本期未实施检查", fa.rows().get(1).note());
        assertEquals(LocalDate.of(2026, 3, 31), fa.rows().get(0).occurredAt().atZoneSameInstant(EvaluationPeriod.BUSINESS_ZONE).toLocalDate());
        assertNothingToCount(figures.get(b));
    }

    private static void inspect(long item, LocalDate on, int objects) {
        exec("INSERT INTO inspection_record (item_id, inspected_on, object_count, recorded_by) VALUES (?, ?, ?, '测试')",
                item, on, objects);
    }
}

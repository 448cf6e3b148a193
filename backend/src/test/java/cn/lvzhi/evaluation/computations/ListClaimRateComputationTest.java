package cn.lvzhi.evaluation.computations;

import cn.lvzhi.testing.EvaluationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.item;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unique;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LIST_CLAIM_RATE on a prepared catalogue: published 处罚/检查/强制/其他 items of the upper-level department count,
 * licensing and draft items do not; a claim made after the period does not count; no catalogue, nothing to count.
 */
@QuarkusTest
class ListClaimRateComputationTest {
    private static final String POWER = "{\"power\": {\"type\": \"PENALTY\", \"level\": \"COUNTY\"}}";

    /** The test units leave the region's lists and claim statistics as the demo made them (ClaimApiTest counts them). */
    @AfterEach
    void forgetTheTestLists() {
        EvaluationFixtures.forgetTestListData();
    }

    @Test
    void claimedEntriesOverTheUnitsCatalogue() throws Throwable {
        long upper = unit("认领目录部门", "LAW_ENFORCEMENT");
        long a = unit("认领甲", "LAW_ENFORCEMENT");
        long b = unit("认领乙", "LAW_ENFORCEMENT");
        long c = unit("认领丙", "LAW_ENFORCEMENT");
        String suffix = unique();
        long penalty = item("POWER", upper, "PUBLISHED", "PENALTY", "CAT-A-" + suffix, POWER);
        long inspection = item("POWER", upper, "PUBLISHED", "INSPECTION", "CAT-B-" + suffix, POWER);
        long coercion = item("POWER", upper, "PUBLISHED", "COERCION", "CAT-C-" + suffix, POWER);
        item("POWER", upper, "PUBLISHED", "LICENSING", "CAT-D-" + suffix, POWER);
        item("POWER", upper, "DRAFT", "PENALTY", "CAT-E-" + suffix, POWER);
        for (long unit : List.of(a, b)) {
            exec("INSERT INTO claim_catalogue (unit_id, catalogue_unit_id) VALUES (?, ?)", unit, upper);
        }
        claim(a, "CAT-A-" + suffix, true, at(2026, 3, 10, 9, 0), null);
        claim(a, "CAT-B-" + suffix, true, at(2026, 4, 1, 0, 0), null);
        claim(a, "CAT-C-" + suffix, false, at(2026, 3, 12, 9, 0), "本单位无此职责");
        for (String code : List.of("CAT-A-", "CAT-B-", "CAT-C-")) {
            claim(b, code + suffix, true, at(2026, 2, 1, 9, 0), null);
        }

        Map<Long, ComputedFigure> figures = compute("LIST_CLAIM_RATE", Set.of(a, b, c), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "0.3333", "1", "3");
        assertEquals(List.of(row("LIST_ITEM", penalty, true), row("LIST_ITEM", inspection, false),
                row("LIST_ITEM", coercion, false)), rows(fa));
        assertEquals(List.of("已认领", "期末之后认领，不计入", "未认领：本单位无此职责"),
                fa.rows().stream().map(EvidenceRow::note).toList());
        assertEquals("CAT-A-" + suffix, fa.rows().get(0).refCode());
        assertFigure(figures.get(b), "1", "3", "3");
        assertNothingToCount(figures.get(c));
    }

    private static void claim(long unit, String code, boolean claimed, OffsetDateTime at, String reason) {
        exec("""
                INSERT INTO catalogue_claim (unit_id, catalogue_code, claimed, reason, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, '测试')""", unit, code, claimed, reason, at);
    }
}

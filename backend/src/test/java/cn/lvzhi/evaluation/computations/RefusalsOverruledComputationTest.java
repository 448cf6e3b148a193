package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.caseFile;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.dispatch;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unique;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * REFUSALS_OVERRULED on prepared refusals and disputes: counted when a dispute resolved after the refusal names the
 * unit as lead or co-operator; not for another lead, an earlier decision, an open dispute or a dispatch not refused.
 */
@QuarkusTest
class RefusalsOverruledComputationTest {

    @Test
    void refusalsALaterDecisionPutBackOnTheUnit() throws Throwable {
        long a = unit("退单甲", "LAW_ENFORCEMENT");
        long b = unit("退单乙", "LAW_ENFORCEMENT");
        long c = unit("退单丙", null);
        long case1 = caseFile("裁定牵头", null);
        long asLead = refuse(case1, a, at(2026, 3, 5, 9, 0));
        dispute(case1, "RESOLVED", at(2026, 3, 10, 9, 0), a, "[]");
        long case2 = caseFile("裁定协同", null);
        long asPartner = refuse(case2, a, at(2026, 3, 6, 9, 0));
        dispute(case2, "RESOLVED", at(2026, 3, 11, 9, 0), b, "[{\"unitId\": " + a + ", \"responsibility\": \"配合\"}]");
        long case3 = caseFile("裁定他人", null);
        refuse(case3, a, at(2026, 3, 7, 9, 0));
        long byB = refuse(case3, b, at(2026, 3, 7, 10, 0));
        dispute(case3, "RESOLVED", at(2026, 3, 12, 9, 0), b, "[]");
        long case4 = caseFile("裁定在先", null);
        dispute(case4, "RESOLVED", at(2026, 3, 1, 9, 0), a, "[]");
        refuse(case4, a, at(2026, 3, 8, 9, 0));
        long case5 = caseFile("争议未决", null);
        refuse(case5, a, at(2026, 3, 9, 9, 0));
        dispute(case5, "OPEN", null, null, "[]");
        OffsetDateTime sent = at(2026, 3, 2, 9, 0);
        dispatch(case1, a, sent, sent.plusHours(8), sent.plusHours(1), sent.plusDays(5), null, null);
        long case6 = caseFile("期后退单", null);
        refuse(case6, a, at(2026, 4, 1, 0, 0));
        dispute(case6, "RESOLVED", at(2026, 4, 5, 9, 0), a, "[]");

        Map<Long, ComputedFigure> figures = compute("REFUSALS_OVERRULED", Set.of(a, b, c), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "2", "2", null);
        assertEquals(List.of(row("DISPATCH", asLead, true), row("DISPATCH", asPartner, true)), rows(fa));
        assertTrue(fa.rows().get(0).note().endsWith("裁定由本单位牵头办理"), fa.rows().get(0).note());
        assertTrue(fa.rows().get(1).note().endsWith("裁定由本单位协同办理"), fa.rows().get(1).note());
        assertTrue(fa.rows().get(0).note().startsWith("退单理由：不属于本单位职责"), fa.rows().get(0).note());
        assertEquals(List.of(row("DISPATCH", byB, true)), rows(figures.get(b)));
        assertFigure(figures.get(c), "0", "0", null);
    }

    /** A dispatch of the case to the unit, refused at {@code at}. */
    private static long refuse(long caseId, long unit, OffsetDateTime at) {
        return dispatch(caseId, unit, at.minusHours(2), at.plusHours(6), null, at.plusDays(5), null, at);
    }

    private static void dispute(long caseId, String status, OffsetDateTime resolvedAt, Long lead, String parties) {
        exec("""
                INSERT INTO case_dispute (code, case_id, rung, status, opened_at, resolved_at, lead_unit_id, cooperating, decision)
                VALUES (?, ?, 'OFFICE_COORDINATES', ?, ?, ?, ?, cast(? AS jsonb), ?)""",
                "ZY-EVT-" + unique(), caseId, status, at(2026, 2, 1, 9, 0), resolvedAt, lead, "{\"parties\": " + parties + "}",
                lead == null ? null : "经协调由指定单位办理");
    }
}

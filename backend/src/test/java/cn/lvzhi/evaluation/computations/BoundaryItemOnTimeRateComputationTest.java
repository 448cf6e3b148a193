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
import static cn.lvzhi.testing.EvaluationFixtures.caseFile;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.dispatch;
import static cn.lvzhi.testing.EvaluationFixtures.item;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static cn.lvzhi.testing.EvaluationFixtures.unitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * BOUNDARY_ITEM_ON_TIME_RATE on prepared cases: only dispatches of cases filed under a boundary item naming the unit
 * (as lead or co-operator) count, with the on-time rule of the cases.
 */
@QuarkusTest
class BoundaryItemOnTimeRateComputationTest {

    /** The test items leave the region's lists as the demo made them (the fusion and claims tests count them). */
    @AfterEach
    void forgetTheTestLists() {
        EvaluationFixtures.forgetTestListData();
    }

    @Test
    void onTimeOverDispatchesUnderBoundaryItemsNamingTheUnit() throws Throwable {
        long lead = unit("边界牵头", "LAW_ENFORCEMENT");
        long partner = unit("边界协同", "SAFETY_ENVIRONMENT");
        long outsider = unit("边界无关", "LIVELIHOOD");
        String partnerCode = unitCode(partner);
        long boundary = item("BOUNDARY", lead, "PUBLISHED", null, null, """
                {"boundary": {"scope": "INTER_DEPARTMENT", "leadResponsibility": "牵头查处",
                 "cooperating": [{"unitCode": "%s", "responsibility": "配合查处"}]}}""".formatted(partnerCode));
        long territorial = item("TERRITORIAL", lead, "PUBLISHED", null, null,
                "{\"territorial\": {\"leadResponsibility\": \"属地\", \"townshipResponsibility\": \"配合\", \"custom\": false}}");
        OffsetDateTime sent = at(2026, 3, 10, 9, 0);
        long leadOnTime = dispatch(caseFile("边界事件一", boundary), lead, sent, sent.plusHours(8), sent.plusHours(1),
                sent.plusDays(3), sent.plusDays(2), null);
        long leadLate = dispatch(caseFile("边界事件二", boundary), lead, sent, sent.plusHours(8), sent.plusHours(1),
                sent.plusDays(3), sent.plusDays(4), null);
        long partnerLate = dispatch(caseFile("边界事件三", boundary), partner, sent, sent.plusHours(8), sent.plusHours(1),
                sent.plusDays(3), sent.plusDays(5), null);
        dispatch(caseFile("边界事件四", boundary), outsider, sent, sent.plusHours(8), sent.plusHours(1), sent.plusDays(3),
                sent.plusDays(1), null);
        dispatch(caseFile("属地事件", territorial), lead, sent, sent.plusHours(8), sent.plusHours(1), sent.plusDays(3),
                sent.plusDays(5), null);
        dispatch(caseFile("无清单事件", null), lead, sent, sent.plusHours(8), sent.plusHours(1), sent.plusDays(3),
                sent.plusDays(5), null);

        Map<Long, ComputedFigure> figures = compute("BOUNDARY_ITEM_ON_TIME_RATE", Set.of(lead, partner, outsider),
                MARCH_1, MARCH_31, Map.of());

        assertFigure(figures.get(lead), "0.5", "1", "2");
        assertEquals(List.of(row("DISPATCH", leadOnTime, true), row("DISPATCH", leadLate, false)), rows(figures.get(lead)));
        assertFigure(figures.get(partner), "0", "0", "1");
        assertEquals(List.of(row("DISPATCH", partnerLate, false)), rows(figures.get(partner)));
        assertNothingToCount(figures.get(outsider));
    }
}

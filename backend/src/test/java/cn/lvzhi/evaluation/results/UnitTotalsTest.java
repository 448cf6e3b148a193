package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.Scoring;
import cn.lvzhi.testing.EvaluationResults;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which score counts for a leaf, and the comparison over comparable indicators, worked by hand. */
class UnitTotalsTest {
    static final SchemeDocument SCHEME = new SchemeDocument(EvaluationResults.nodes());
    static final EvaluationCategory LAW = EvaluationCategory.LAW_ENFORCEMENT;

    static Score score(String code, String figure, String first, String fin) {
        Score s = new Score();
        s.indicatorCode = code;
        s.figure = figure == null ? null : new BigDecimal(figure);
        s.firstScore = first == null ? null : new BigDecimal(first);
        s.finalScore = fin == null ? null : new BigDecimal(fin);
        return s;
    }

    static IndicatorNode node(String code) {
        return SCHEME.node(code).orElseThrow();
    }

    @Test
    void theFinalMarkCountsThenTheFirstThenTheRulesPointsForTheFigure() {
        assertEquals(new BigDecimal("25"), UnitTotals.counting(node("A2"), LAW, score("A2", "2", "20", "25")));
        assertEquals(new BigDecimal("20"), UnitTotals.counting(node("A2"), LAW, score("A2", "2", "20", null)));
        // 2 occurrences × 5 off 30
        assertEquals(new BigDecimal("20.00"), UnitTotals.counting(node("A2"), LAW, score("A2", "2", null, null)));
        // a direct rule has nothing to compute from
        assertNull(UnitTotals.counting(node("B1"), LAW, score("B1", "1", null, null)));
    }

    @Test
    void notApplicableRowsLeaveTheApplicablePoints() {
        Score na = score("B2", null, null, null);
        na.notApplicable = true;
        Scoring.Total t = UnitTotals.total(SCHEME, LAW, List.of(score("A1", "0.5", null, null), score("A2", null, null, "30"),
                score("B1", null, "10", null), na));
        // 15 + 30 + 10 = 55 of 80
        assertEquals(new BigDecimal("55.00"), t.earned());
        assertEquals(new BigDecimal("80.00"), t.applicable());
        assertEquals(new BigDecimal("68.75"), t.normalised());
    }

    @Test
    void theChangeIsMeasuredOverComparableIndicatorsScoredInBothRounds() {
        var now = UnitTotals.leaves(SCHEME, LAW, List.of(score("A1", null, null, "27"), score("A2", null, null, "25"),
                score("B1", null, null, "5")));
        var before = UnitTotals.leaves(SCHEME, LAW, List.of(score("A1", null, null, "24"), score("B1", null, null, "20")));
        UnitTotals.Change c = UnitTotals.compare(SCHEME, LAW, now, SCHEME, LAW, before);
        // only A1 is comparable and scored in both: 27/30 = 90.00 against 24/30 = 80.00
        assertEquals(1, c.compared());
        assertEquals(new BigDecimal("10.00"), c.change());
        assertNull(UnitTotals.compare(SCHEME, LAW, now, SCHEME, LAW, UnitTotals.leaves(SCHEME, LAW, List.of())).change());
    }
}

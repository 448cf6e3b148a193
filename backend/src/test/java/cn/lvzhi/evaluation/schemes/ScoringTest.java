package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.schemes.IndicatorNode.CategoryPoints;
import cn.lvzhi.evaluation.schemes.Scoring.LeafScore;
import cn.lvzhi.evaluation.schemes.Scoring.NodeResult;
import cn.lvzhi.testing.EvaluationSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.evaluation.schemes.SchemeValidationTest.d;
import static cn.lvzhi.evaluation.schemes.SchemeValidationTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit's score worked by hand: deductions stop at the floor, bonuses at the cap, the bonus aspect at its own points;
 * indicators of another category, or marked not applicable, leave the applicable points (never 0); townships weigh
 * differently.
 */
class ScoringTest {
    static final EvaluationCategory LIVELIHOOD = EvaluationCategory.LIVELIHOOD;
    static final EvaluationCategory TOWNSHIP = EvaluationCategory.TOWNSHIP;

    static IndicatorNode node(String code, String parent, String points, List<CategoryPoints> weights,
                              List<EvaluationCategory> categories, ScoringRule rule) {
        return new IndicatorNode(code, parent, code, null, d(points), weights, categories,
                rule == null ? null : IndicatorSource.MANUAL, null, rule, null, null, false);
    }

    static CategoryPoints township(String points) {
        return new CategoryPoints(TOWNSHIP, d(points));
    }

    /**
     * A 任务 50: A1 满意率 20 (乡镇 30) proportional to 100%; A2 催办 20 (乡镇 10) −3 each down to 5; A3 执法检查 10, only for
     * law enforcement and townships, pass at 90%. B 评价 40: B1 −2 each down to 0; B2 direct. C 争创一流 10: C1 +5 each up
     * to 10, C2 +2 each up to 6.
     */
    static final SchemeDocument SCHEME = new SchemeDocument(List.of(
            node("A", null, "50", List.of(), List.of(), null),
            node("A1", "A", "20", List.of(township("30")), List.of(), rule(ScoringRuleKind.PROPORTIONAL, "1", null, null, null, null)),
            node("A2", "A", "20", List.of(township("10")), List.of(), rule(ScoringRuleKind.DEDUCTION, null, "3", "5", null, null)),
            node("A3", "A", "10", List.of(), List.of(EvaluationCategory.LAW_ENFORCEMENT, TOWNSHIP),
                    rule(ScoringRuleKind.PASS_FAIL, null, null, null, null, "0.9")),
            node("B", null, "40", List.of(), List.of(), null),
            node("B1", "B", "20", List.of(), List.of(), rule(ScoringRuleKind.DEDUCTION, null, "2", "0", null, null)),
            node("B2", "B", "20", List.of(), List.of(), SchemeValidationTest.DIRECT),
            node("C", null, "10", List.of(), List.of(), null),
            node("C1", "C", "5", List.of(), List.of(), rule(ScoringRuleKind.BONUS, null, "5", null, "10", null)),
            node("C2", "C", "5", List.of(), List.of(), rule(ScoringRuleKind.BONUS, null, "2", null, "6", null))));

    static BigDecimal apply(String code, EvaluationCategory category, String figure) {
        IndicatorNode n = SCHEME.node(code).orElseThrow();
        return Scoring.apply(n.rule(), n.pointsFor(category), d(figure));
    }

    static Map<String, NodeResult> byCode(Scoring.Total total) {
        Map<String, NodeResult> m = new HashMap<>();
        total.nodes().forEach(r -> m.put(r.node().code(), r));
        return m;
    }

    @Test
    void theWorkedSchemeIsValid() {
        assertEquals(List.of(), SchemeValidation.validate(SCHEME, null, EvaluationSchemes.REGISTRY));
    }

    @Test
    void aLivelihoodDepartmentWorkedByHand() {
        Map<String, LeafScore> leaves = new HashMap<>();
        leaves.put("A1", LeafScore.of(apply("A1", LIVELIHOOD, "0.85")));   // 20 × 0.85 = 17
        leaves.put("A2", LeafScore.of(apply("A2", LIVELIHOOD, "7")));      // 20 − 7 × 3 = −1 → the floor, 5
        leaves.put("B1", LeafScore.of(apply("B1", LIVELIHOOD, "3")));      // 20 − 3 × 2 = 14
        leaves.put("B2", LeafScore.notApplicableScore());                  // marked not applicable
        leaves.put("C1", LeafScore.of(apply("C1", LIVELIHOOD, "2")));      // 2 × 5 = 10, at the cap 10 (above its 5 points)
        leaves.put("C2", LeafScore.of(apply("C2", LIVELIHOOD, "1")));      // 1 × 2 = 2
        assertEquals(d("17.00"), leaves.get("A1").points());
        assertEquals(d("5.00"), leaves.get("A2").points());
        assertEquals(d("10.00"), leaves.get("C1").points());

        Scoring.Total total = Scoring.total(SCHEME, LIVELIHOOD, leaves);
        Map<String, NodeResult> r = byCode(total);
        // A3 is only for law enforcement and townships: not applicable, never 0; A counts 22 of 40
        assertFalse(r.get("A3").applicable());
        assertNull(r.get("A3").score());
        assertEquals(d("40"), r.get("A").applicablePoints());
        assertEquals(d("22.00"), r.get("A").score());
        // B2 marked not applicable: B counts 14 of 20
        assertFalse(r.get("B2").applicable());
        assertEquals(d("20"), r.get("B").applicablePoints());
        assertEquals(d("14.00"), r.get("B").score());
        // C's children earn 12, capped at C's 10 points
        assertEquals(d("12.00"), r.get("C").sum());
        assertEquals(d("10.00"), r.get("C").score());
        assertTrue(r.get("C").capped());
        assertFalse(r.get("A").capped());
        // 46 of 70 applicable points → 65.71
        assertEquals(d("46.00"), total.earned());
        assertEquals(d("70.00"), total.applicable());
        assertEquals(d("65.71"), total.normalised());
        assertTrue(total.complete());
        assertEquals(List.of("A", "A1", "A2", "A3", "B", "B1", "B2", "C", "C1", "C2"),
                total.nodes().stream().map(n -> n.node().code()).toList());
        assertEquals(List.of(0, 1, 1, 1, 0, 1, 1, 0, 1, 1), total.nodes().stream().map(NodeResult::depth).toList());
    }

    @Test
    void aTownshipWeighsDifferently() {
        Map<String, LeafScore> leaves = new HashMap<>();
        leaves.put("A1", LeafScore.of(apply("A1", TOWNSHIP, "0.85")));     // 30 × 0.85 = 25.5
        leaves.put("A2", LeafScore.of(apply("A2", TOWNSHIP, "1")));        // 10 − 3 = 7
        leaves.put("A3", LeafScore.of(apply("A3", TOWNSHIP, "0.95")));     // 95% ≥ 90%: 10
        leaves.put("B1", LeafScore.of(apply("B1", TOWNSHIP, "0")));        // 20
        leaves.put("B2", LeafScore.of(d("16")));                           // marked directly
        leaves.put("C1", LeafScore.of(apply("C1", TOWNSHIP, "0")));        // 0
        leaves.put("C2", LeafScore.of(apply("C2", TOWNSHIP, "0")));        // 0
        Scoring.Total total = Scoring.total(SCHEME, TOWNSHIP, leaves);
        Map<String, NodeResult> r = byCode(total);
        assertEquals(d("30"), r.get("A1").points());
        assertEquals(d("25.50"), r.get("A1").score());
        assertEquals(d("7.00"), r.get("A2").score());
        assertEquals(d("42.50"), r.get("A").score());
        assertEquals(d("36.00"), r.get("B").score());
        assertEquals(d("0.00"), r.get("C").score());
        assertEquals(d("78.50"), total.earned());
        assertEquals(d("100.00"), total.applicable());
        assertEquals(d("78.50"), total.normalised());
    }

    @Test
    void aLeafNotScoredYetLeavesTheTotalIncomplete() {
        Scoring.Total total = Scoring.total(SCHEME, LIVELIHOOD, Map.of("A1", LeafScore.of(d("20"))));
        assertFalse(total.complete());
        assertFalse(byCode(total).get("A2").scored());
        assertEquals(d("20.00"), total.earned());
        assertEquals(d("90.00"), total.applicable()); // A3 still does not apply: 40 + 40 + 10
    }

    @Test
    void nothingApplicableGivesNoNormalisedScore() {
        SchemeDocument only = new SchemeDocument(List.of(node("T", null, "10", List.of(), List.of(TOWNSHIP), null),
                node("T1", "T", "10", List.of(), List.of(), SchemeValidationTest.DIRECT)));
        Scoring.Total total = Scoring.total(only, LIVELIHOOD, Map.of());
        assertNull(total.normalised());
        assertTrue(total.complete());
        assertFalse(byCode(total).get("T1").applicable());
    }

    @ParameterizedTest(name = "{0} {1} of {2} points, figure {3} → {4}")
    @CsvSource({
            "PROPORTIONAL, '1', 20, 0.5, 10.00",
            "PROPORTIONAL, '1', 20, 1.2, 20.00",     // above the target: never more than the points
            "PROPORTIONAL, '100', 8, 87.5, 7.00",
            "DEDUCTION, '2;1', 10, 3, 4.00",
            "DEDUCTION, '2;1', 10, 6, 1.00",         // down to the floor
            "DEDUCTION, '2;', 10, 9, 0.00",          // no floor: never below 0
            "BONUS, '2;5', 5, 2, 4.00",
            "BONUS, '2;5', 5, 4, 5.00",              // up to the cap
            "BONUS, '5;10', 5, 3, 10.00",            // a cap above the points: the parent caps the sum
            "PASS_FAIL, '0.9', 6, 0.9, 6.00",
            "PASS_FAIL, '0.9', 6, 0.89, 0.00",
    })
    void aRuleTurnsAFigureIntoPoints(ScoringRuleKind kind, String params, String points, String figure, String expected) {
        String[] p = params.split(";", -1);
        ScoringRule r = switch (kind) {
            case PROPORTIONAL -> rule(kind, p[0], null, null, null, null);
            case DEDUCTION -> rule(kind, null, p[0], p[1].isEmpty() ? null : p[1], null, null);
            case BONUS -> rule(kind, null, p[0], null, p[1], null);
            case PASS_FAIL -> rule(kind, null, null, null, null, p[0]);
            case DIRECT -> SchemeValidationTest.DIRECT;
        };
        assertEquals(d(expected), Scoring.apply(r, d(points), d(figure)));
    }

    @Test
    void aDirectRuleTakesNoFigure() {
        assertThrows(IllegalArgumentException.class, () -> Scoring.apply(SchemeValidationTest.DIRECT, d("5"), d("1")));
    }
}

package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.LeafFigure;
import cn.lvzhi.evaluation.schemes.ScoringRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a figure is and how it reads, as a table: the one rule behind the letter and the export (figures.ts in the SPA). */
class FigureFormatTest {
    static BigDecimal d(String v) {
        return v == null || v.isEmpty() ? null : new BigDecimal(v);
    }

    static IndicatorNode leaf(ScoringRuleKind kind, String bound) {
        ScoringRule rule = kind == null ? null : new ScoringRule(kind, kind == ScoringRuleKind.PROPORTIONAL ? d(bound) : null,
                d("1"), d("0"), d("4"), kind == ScoringRuleKind.PASS_FAIL ? d(bound) : null);
        return new IndicatorNode("X1", "X", "指标", null, d("10"), List.of(), List.of(), IndicatorSource.IMPORTED, "组织部", rule,
                null, null, false);
    }

    @ParameterizedTest(name = "{0} {1}, computed {2} → {3} {4}")
    @CsvSource(nullValues = "null", value = {
            // a computation's declared kind wins over the rule
            "PROPORTIONAL, 1,    RATE,  RATE,   null",
            "DEDUCTION,    ,     COUNT, COUNT,  次",
            "PROPORTIONAL, 1,    COUNT, COUNT,  次",
            // the others follow their rule
            "PROPORTIONAL, 1,    null,  RATE,   null",
            "PROPORTIONAL, 0.95, null,  RATE,   null",
            "PROPORTIONAL, 100,  null,  NUMBER, null",
            "DEDUCTION,    ,     null,  COUNT,  次",
            "BONUS,        ,     null,  COUNT,  项",
            "PASS_FAIL,    0.9,  null,  RATE,   null",
            "PASS_FAIL,    1,    null,  NUMBER, null",
            "DIRECT,       ,     null,  NUMBER, null",
            "null,         ,     null,  NUMBER, null"})
    void aFigureIsWhatItsComputationDeclaresElseWhatItsRuleMeasures(ScoringRuleKind rule, String bound, FigureKind computed,
                                                                     FigureKind kind, String unit) {
        assertEquals(new LeafFigure(kind, unit), LeafFigure.of(leaf(rule, bound), computed));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {5}")
    @CsvSource(nullValues = "null", value = {
            "RATE,   null, 0.9607, 269,  280,  96.07%（269/280）",
            "RATE,   null, 0.5,    1.00, 2.00, 50.00%（1/2）",
            "RATE,   null, 1,      null, null, 100.00%",
            "RATE,   null, 0.12345,null, null, 12.35%",
            "RATE,   null, 0,      0,    17,   0.00%（0/17）",
            "RATE,   null, 0.931,  93.10,100.00,93.10%（93.1/100）",
            "COUNT,  次,   27.0000,27.00,null, 27 次",
            "COUNT,  项,   0.0000, null, null, 0 项",
            "COUNT,  null, 3,      null, null, 3",
            "COUNT,  次,   1.5,    null, null, 1.5 次",
            "NUMBER, null, 91.9,   null, null, 91.90",
            "NUMBER, null, 1,      null, null, 1.00",
            "RATE,   null, null,   1,    2,    —",
            "COUNT,  次,   null,   null, null, —"})
    void aFigureReadsByItsKind(FigureKind kind, String unit, String value, String numerator, String denominator, String text) {
        assertEquals(text, FigureFormat.figure(new LeafFigure(kind, unit), d(value), d(numerator), d(denominator)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {"7.69, 7.69", "10, 10.00", "7.685, 7.69", "0, 0.00", "-3.333, -3.33", "null, —"})
    void pointsHaveTwoDecimals(String value, String text) {
        assertEquals(text, FigureFormat.points(d(value)));
    }

    @ParameterizedTest(name = "{0} {1} → Excel {2}")
    @CsvSource(nullValues = "null", value = {"RATE, null, 0.00%", "COUNT, 次, 0 \\次", "COUNT, null, 0", "NUMBER, null, 0.00"})
    void excelShowsTheCellAsTheLetterReadsIt(FigureKind kind, String unit, String format) {
        assertEquals(format, FigureFormat.excel(new LeafFigure(kind, unit)));
    }

    @ParameterizedTest(name = "{0} bound {1} → {2}")
    @CsvSource({"RATE, 1, 100.00%", "RATE, 0.95, 95.00%", "NUMBER, 100, 100", "COUNT, 3, 3"})
    void aRulesBoundReadsAsTheFigureItIsComparedWith(FigureKind kind, String bound, String text) {
        assertEquals(text, FigureFormat.bound(new LeafFigure(kind, null), d(bound)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1, 按完成比例计分：实际值 ÷ 目标值 100.00% × 8 分，满分为止",
            "100, 按完成比例计分：实际值 ÷ 目标值 100 × 8 分，满分为止"})
    void theRuleInWordsShowsARatesTargetAsAPercentage(String target, String words) {
        IndicatorNode leaf = leaf(ScoringRuleKind.PROPORTIONAL, target);
        assertEquals(words, RuleWords.of(leaf.rule(), d("8"), LeafFigure.of(leaf, null)));
    }
}

package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.demo.evaluation.DemoSchemes;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.testing.EvaluationSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every rule of a scheme as a whole, each error named with its field path and message (pure). */
class SchemeValidationTest {

    static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    static ScoringRule rule(ScoringRuleKind kind, String target, String per, String floor, String cap, String threshold) {
        return new ScoringRule(kind, d(target), d(per), d(floor), d(cap), d(threshold));
    }

    static final ScoringRule DIRECT = rule(ScoringRuleKind.DIRECT, null, null, null, null, null);

    static IndicatorNode parent(String code, String parentCode, String points) {
        return new IndicatorNode(code, parentCode, "指标" + code, null, d(points), List.of(), List.of(), null, null, null, null,
                null, false);
    }

    static IndicatorNode leaf(String code, String parentCode, String points, ScoringRule rule) {
        return new IndicatorNode(code, parentCode, "指标" + code, null, d(points), List.of(), List.of(), IndicatorSource.MANUAL,
                null, rule, null, null, false);
    }

    static IndicatorNode computed(String code, String parentCode, String points, String computation, ComputationRef.Param... params) {
        return new IndicatorNode(code, parentCode, "指标" + code, null, d(points), List.of(), List.of(), IndicatorSource.COMPUTED,
                null, rule(ScoringRuleKind.PROPORTIONAL, "1", null, null, null, null), new ComputationRef(computation, List.of(params)),
                null, false);
    }

    static List<SchemeError> errors(IndicatorNode... nodes) {
        return SchemeValidation.validate(new SchemeDocument(List.of(nodes)), null, EvaluationSchemes.REGISTRY);
    }

    static SchemeError e(String field, String message) {
        return new SchemeError(field, message);
    }

    @Test
    void theDemoSchemesOfSeed000AreValidAnd2026LinksTo2025() {
        assertEquals(List.of(), SchemeValidation.validate(DemoSchemes.scheme2025(), null, EvaluationSchemes.REGISTRY));
        assertEquals(List.of(), SchemeValidation.validate(DemoSchemes.scheme2026(), DemoSchemes.scheme2025(), EvaluationSchemes.REGISTRY));
        assertEquals(0, d("100").compareTo(SchemeValidation.totalPoints(DemoSchemes.scheme2026())));
        assertEquals(3, DemoSchemes.scheme2026().children(null).size());
        assertEquals(true, DemoSchemes.scheme2026().leaves().size() >= 20);
    }

    @Test
    void withoutLastYearsSchemeTheCounterpartsAreErrors() {
        List<SchemeError> errors = SchemeValidation.validate(DemoSchemes.scheme2026(), null, EvaluationSchemes.REGISTRY);
        assertEquals(e("input.indicators[0].previousCode", "未选择上年度评估标准，不能对应上年度指标 (no previous scheme is named)"),
                errors.get(0));
    }

    @Test
    void threeTimes3333UnderOneHundredIsNotExact() {
        assertEquals(List.of(e("input.indicators[0].points", "子指标分值之和 99.99 不等于上级指标 A1 的分值 100 (children's points sum to 99.99, not 100)")),
                errors(parent("A1", null, "100"), leaf("A1.1", "A1", "33.33", DIRECT), leaf("A1.2", "A1", "33.33", DIRECT),
                        leaf("A1.3", "A1", "33.33", DIRECT)));
        assertEquals(List.of(), errors(parent("A1", null, "100"), leaf("A1.1", "A1", "33.33", DIRECT),
                leaf("A1.2", "A1", "33.33", DIRECT), leaf("A1.3", "A1", "33.34", DIRECT)));
    }

    @Test
    void aSumOffByOneIsNamedForTheDefaultAndForTheCategoryWeighedDifferently() {
        List<IndicatorNode> nodes = new ArrayList<>(DemoSchemes.scheme2025().indicators());
        int a23 = indexOf(nodes, "A2.3");
        IndicatorNode n = nodes.get(a23);
        nodes.set(a23, new IndicatorNode(n.code(), n.parentCode(), n.name(), n.description(), d("4"), n.pointsByCategory(),
                n.categories(), n.source(), n.sourceBody(), n.rule(), n.computation(), null, false));
        List<SchemeError> errors = SchemeValidation.validate(new SchemeDocument(nodes), null, EvaluationSchemes.REGISTRY);
        int a2 = indexOf(nodes, "A2");
        assertEquals(List.of(
                e("input.indicators[" + a2 + "].points", "子指标分值之和 21 不等于上级指标 A2 的分值 20 (children's points sum to 21, not 20)"),
                e("input.indicators[" + a2 + "].points", "乡镇（街道）子指标分值之和 26 不等于上级指标 A2 的分值 25 (for TOWNSHIP, "
                        + "children's points sum to 26, not 25)")), errors);
    }

    static int indexOf(List<IndicatorNode> nodes, String code) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("negative cap", rule(ScoringRuleKind.BONUS, null, "2", null, "-1", null),
                        List.of(e("input.indicators[1].rule.cap", "封顶分不能为负数，而不是 -1 (cap must not be negative)"))),
                Arguments.of("bonus without a cap", rule(ScoringRuleKind.BONUS, null, "2", null, null, null),
                        List.of(e("input.indicators[1].rule.cap", "加分须设置封顶分 (a bonus needs a cap)"))),
                Arguments.of("a cap above the points is allowed (the parent caps)", rule(ScoringRuleKind.BONUS, null, "2", null, "20", null),
                        List.of()),
                Arguments.of("floor above points", rule(ScoringRuleKind.DEDUCTION, null, "1", "12", null, null),
                        List.of(e("input.indicators[1].rule.floor", "保底分 12 高于指标分值 10 (floor is above the indicator's points)"))),
                Arguments.of("negative floor", rule(ScoringRuleKind.DEDUCTION, null, "1", "-0.5", null, null),
                        List.of(e("input.indicators[1].rule.floor", "保底分不能为负数，而不是 -0.5 (floor must not be negative)"))),
                Arguments.of("floor equal to the points", rule(ScoringRuleKind.DEDUCTION, null, "1", "10", null, null), List.of()),
                Arguments.of("no deduction per occurrence", rule(ScoringRuleKind.DEDUCTION, null, "0", null, null, null),
                        List.of(e("input.indicators[1].rule.perOccurrence", "每次扣分须大于 0，而不是 0 (perOccurrence must be more than 0)"))),
                Arguments.of("proportional without a target", rule(ScoringRuleKind.PROPORTIONAL, null, null, null, null, null),
                        List.of(e("input.indicators[1].rule.target", "目标值不能为空 (target is required)"))),
                Arguments.of("pass/fail without a threshold", rule(ScoringRuleKind.PASS_FAIL, null, null, null, null, null),
                        List.of(e("input.indicators[1].rule.threshold", "达标计分须设置达标值 (a pass/fail rule needs a threshold)"))),
                Arguments.of("direct with a cap", rule(ScoringRuleKind.DIRECT, null, null, null, "3", null),
                        List.of(e("input.indicators[1].rule.cap", "直接评分不使用参数 cap (a DIRECT rule takes no cap)"))),
                Arguments.of("a leaf without a rule", null,
                        List.of(e("input.indicators[1].rule", "末级指标须设置计分规则 (a leaf needs a scoring rule)"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleParametersPerKind(String name, ScoringRule rule, List<SchemeError> expected) {
        assertEquals(expected, errors(parent("A", null, "10"), leaf("A1", "A", "10", rule)));
    }

    @Test
    void aFloorAboveTheDifferentiatedPointsOfACategoryIsAnError() {
        IndicatorNode leaf = new IndicatorNode("A1", "A", "指标A1", null, d("10"),
                List.of(new IndicatorNode.CategoryPoints(EvaluationCategory.TOWNSHIP, d("4"))), List.of(), IndicatorSource.MANUAL,
                null, rule(ScoringRuleKind.DEDUCTION, null, "1", "5", null, null), null, null, false);
        IndicatorNode parent = new IndicatorNode("A", null, "指标A", null, d("10"),
                List.of(new IndicatorNode.CategoryPoints(EvaluationCategory.TOWNSHIP, d("4"))), List.of(), null, null, null, null, null, false);
        assertEquals(List.of(e("input.indicators[1].rule.floor", "保底分 5 高于指标分值 乡镇（街道） 4 (floor is above the indicator's points)")),
                errors(parent, leaf));
    }

    static Stream<Arguments> computations() {
        return Stream.of(
                Arguments.of("unknown computation", computed("A1", "A", "10", "CASE_HAPPINESS_RATE"),
                        List.of(e("input.indicators[1].computation.name", "计算方法 CASE_HAPPINESS_RATE 不存在 (no such computation)"))),
                Arguments.of("wrong parameter type", computed("A1", "A", "10", "GOAL_COMPLETION_RATE",
                                new ComputationRef.Param("partlyCounts", "一半")),
                        List.of(e("input.indicators[1].computation.params[0].value",
                                "参数 partlyCounts 应为数字，而不是“一半” (parameter partlyCounts must be decimal)"))),
                Arguments.of("boolean parameter", computed("A1", "A", "10", "CASE_SATISFACTION_RATE",
                                new ComputationRef.Param("countBasicallySatisfied", "yes")),
                        List.of(e("input.indicators[1].computation.params[0].value",
                                "参数 countBasicallySatisfied 应为true 或 false，而不是“yes” (parameter countBasicallySatisfied must be boolean)"))),
                Arguments.of("unknown parameter", computed("A1", "A", "10", "CASE_ON_TIME_RATE", new ComputationRef.Param("windowDays", "30")),
                        List.of(e("input.indicators[1].computation.params[0].name",
                                "计算方法 CASE_ON_TIME_RATE 没有参数 windowDays (unknown parameter)"))),
                Arguments.of("no computation named", computed("A1", "A", "10", " "),
                        List.of(e("input.indicators[1].computation.name", "平台计算指标须选择计算方法 (a COMPUTED indicator names a computation)"))),
                Arguments.of("defaults apply", computed("A1", "A", "10", "GOAL_COMPLETION_RATE"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("computations")
    void computedIndicatorsNameARegisteredComputationWithWellTypedParameters(String name, IndicatorNode leaf,
                                                                             List<SchemeError> expected) {
        assertEquals(expected, errors(parent("A", null, "10"), leaf));
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        var registry = new java.util.HashMap<>(EvaluationSchemes.REGISTRY);
        registry.put("WINDOWED", List.of(new cn.lvzhi.evaluation.computations.ParamSpec("windowDays",
                cn.lvzhi.evaluation.computations.ParamSpec.ParamType.INTEGER, null, "窗口天数")));
        assertEquals(List.of(e("input.indicators[1].computation.params", "计算方法 WINDOWED 缺少必填参数 windowDays (missing required parameter)")),
                SchemeValidation.validate(new SchemeDocument(List.of(parent("A", null, "10"), computed("A1", "A", "10", "WINDOWED"))),
                        null, registry));
    }

    @Test
    void theTreeItselfCodesParentsAndLeaves() {
        IndicatorNode parentWithRule = new IndicatorNode("B", null, "指标B", null, d("5"), List.of(), List.of(), IndicatorSource.MANUAL,
                null, DIRECT, null, null, false);
        IndicatorNode importedWithoutBody = new IndicatorNode("D", null, "指标D", null, d("5"), List.of(), List.of(),
                IndicatorSource.IMPORTED, " ", rule(ScoringRuleKind.DEDUCTION, null, "1", null, null, null), null, null, false);
        assertEquals(List.of(
                        e("input.indicators[2].code", "指标编码 A1 重复（与第 2 项相同） (duplicate code)"),
                        e("input.indicators[3].parentCode", "上级指标 C 须排在指标 X1 之前 (the parent must come before its children)"),
                        e("input.indicators[4].parentCode", "上级指标 Z 不存在 (no indicator has this code)"),
                        e("input.indicators[6].code", "指标编码不能为空 (code is required)"),
                        e("input.indicators[5].source", "上级指标由子指标计分，不设数据来源 (a parent has no data source)"),
                        e("input.indicators[5].rule", "上级指标由子指标计分，不设计分规则 (a parent has no scoring rule)"),
                        e("input.indicators[8].sourceBody",
                                "外部导入指标须注明数据提供单位（如纪委监委、组织部、12345） (an IMPORTED indicator names its source body)")),
                errors(parent("A", null, "10"), leaf("A1", "A", "5", DIRECT), leaf("A1", "A", "5", DIRECT),
                        leaf("X1", "C", "5", DIRECT), leaf("Y1", "Z", "5", DIRECT), parentWithRule, leaf(" ", "B", "5", DIRECT),
                        parent("C", null, "5"), importedWithoutBody));
    }

    @Test
    void pointsMustBePositiveAndTheAspectsMustTotalMoreThanZero() {
        assertEquals(List.of(e("input.indicators", "评估标准至少需要一个一级指标 (a scheme needs at least one aspect)")), errors());
        assertEquals(List.of(e("input.indicators[0].points", "分值须大于 0 (points must be more than 0)"),
                        e("input.indicators", "一级指标分值合计须大于 0 (the aspects' points must total more than 0)")),
                errors(leaf("A", null, "0", DIRECT)));
    }

    @Test
    void countersPartsMustExistInLastYearsScheme() {
        IndicatorNode linked = new IndicatorNode("A1", "A", "指标A1", null, d("10"), List.of(), List.of(), IndicatorSource.MANUAL,
                null, DIRECT, null, "Q9", true);
        IndicatorNode comparableWithoutCounterpart = new IndicatorNode("A2", "A", "指标A2", null, d("10"), List.of(), List.of(),
                IndicatorSource.MANUAL, null, DIRECT, null, null, true);
        assertEquals(List.of(e("input.indicators[1].previousCode", "上年度评估标准中没有指标 Q9 (no such indicator last year)"),
                        e("input.indicators[2].comparable", "可比指标须对应上年度指标 (a comparable indicator names last year's counterpart)")),
                SchemeValidation.validate(new SchemeDocument(List.of(parent("A", null, "20"), linked, comparableWithoutCounterpart)),
                        DemoSchemes.scheme2025(), EvaluationSchemes.REGISTRY));
    }

    @Test
    void categoriesFitTheParentAndDifferentiatedPointsOnlyWhereTheIndicatorApplies() {
        IndicatorNode townshipAspect = new IndicatorNode("T", null, "乡镇指标", null, d("10"), List.of(),
                List.of(EvaluationCategory.TOWNSHIP), null, null, null, null, null, false);
        IndicatorNode lawChild = new IndicatorNode("T1", "T", "执法指标", null, d("10"),
                List.of(new IndicatorNode.CategoryPoints(EvaluationCategory.LIVELIHOOD, d("10"))),
                List.of(EvaluationCategory.LAW_ENFORCEMENT), IndicatorSource.MANUAL, null, DIRECT, null, null, false);
        assertEquals(List.of(
                        e("input.indicators[1].pointsByCategory[0].category",
                                "指标不适用于民生保障类，不能为其设置分值 (the indicator does not apply to this category)"),
                        e("input.indicators[1].categories", "上级指标 T 不适用于执法监管类 (the parent does not apply to this category)")),
                errors(townshipAspect, lawChild));
    }

    @Test
    void everyErrorIsListedNotOnlyTheFirst() {
        List<SchemeError> errors = errors(parent("A", null, "100"), leaf("A1", "A", "50", rule(ScoringRuleKind.BONUS, null, "1", null, "-2", null)),
                computed("A2", "A", "49", "NO_SUCH"), leaf("A3", "A", "2", rule(ScoringRuleKind.DEDUCTION, null, "1", "3", null, null)));
        assertEquals(List.of("input.indicators[0].points", "input.indicators[1].rule.cap", "input.indicators[2].computation.name",
                "input.indicators[3].rule.floor"), errors.stream().map(SchemeError::field).toList());
    }
}

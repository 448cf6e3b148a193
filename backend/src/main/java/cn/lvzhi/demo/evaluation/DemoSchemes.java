package cn.lvzhi.demo.evaluation;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.schemes.ComputationRef;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.IndicatorNode.CategoryPoints;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.ScoringRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 清河区's indicator schemes (演示评估标准) of 2025 and 2026, modelled on seed 000 (聊城: 任务完成情况、履职评价情况、
 * 争创一流情况, 20 余项赋分标准): computed indicators from this platform's cases, lists, goals and follow-up, figures
 * imported from 纪委监委, 组织部 and the 12345 hotline, self-reported and hand-marked ones, a bonus aspect whose
 * indicators may pass their points (the aspect caps them), weights that differ for townships, one indicator only for
 * law-enforcement departments and one only for townships. Other slices' tests and demo loaders reuse them.
 */
public final class DemoSchemes {
    public static final String NAME_2025 = "清河区2025年度机关职能运行评估标准";
    public static final String NAME_2026 = "清河区2026年度机关职能运行评估标准";
    /** The 2026 indicators whose definition changed since 2025: linked to their counterpart but not comparable. */
    static final Set<String> CHANGED_IN_2026 = Set.of("A2.4", "B3");

    private static final EvaluationCategory LAW = EvaluationCategory.LAW_ENFORCEMENT;
    private static final EvaluationCategory TOWN = EvaluationCategory.TOWNSHIP;

    private DemoSchemes() {
    }

    /** 2025's scheme (used by last year's round). */
    public static SchemeDocument scheme2025() {
        List<IndicatorNode> n = new ArrayList<>();
        n.add(aspect("A", "任务完成情况", "60", "年度履职目标和日常交办任务的完成情况"));
        n.add(computed("A1", "A", "年度履职目标完成率", "22", "已核验完成的季度节点占到期节点的比例，部分完成按半数计",
                proportional(), "GOAL_COMPLETION_RATE", Map.of("partlyCounts", "0.5")).weigh(TOWN, "17").node());
        n.add(parent("A2", "A", "交办案件办理", "20", "作为承办单位办理指挥中心交办案件的情况").weigh(TOWN, "25").node());
        n.add(computed("A2.1", "A2", "办件满意率", "10", "承办案件评价为满意、基本满意的比例，低于100%按比例扣分",
                proportional(), "CASE_SATISFACTION_RATE", Map.of("countBasicallySatisfied", "true")).weigh(TOWN, "15").node());
        n.add(computed("A2.2", "A2", "按时办结率", "5", "承办案件在期限内办结的比例", proportional(), "CASE_ON_TIME_RATE", Map.of()).node());
        n.add(computed("A2.3", "A2", "被催办次数", "3", "每被催办一次扣0.5分", deduction("0.5", "0"), "REMINDERS_RECEIVED", Map.of()).node());
        n.add(computed("A2.4", "A2", "逾期签收、答复", "2", "每逾期答复一次扣0.5分", deduction("0.5", "0"), "OVERDUE_REPLIES", Map.of()).node());
        n.add(parent("A3", "A", "职责边界与清单管理", "14", "部门间职责边界事项和权责清单的执行情况").node());
        n.add(computed("A3.1", "A3", "职责边界事项履职", "4", "作为牵头或配合单位按时办理边界事项派单的比例", proportional(),
                "BOUNDARY_ITEM_ON_TIME_RATE", Map.of()).node());
        n.add(computed("A3.2", "A3", "权责清单认领率", "4", "应认领的政务服务事项中已认领的比例", proportional(),
                "LIST_CLAIM_RATE", Map.of()).node());
        n.add(computed("A3.3", "A3", "双随机检查覆盖率", "3", "执法监管类部门检查事项的覆盖比例", proportional(),
                "INSPECTION_COVERAGE", Map.of()).only(LAW).node());
        n.add(computed("A3.4", "A3", "推诿扯皮被认定次数", "3", "拒签后经争议裁定认定为本单位职责的，每次扣1分",
                deduction("1", "0"), "REFUSALS_OVERRULED", Map.of()).node());
        n.add(computed("A4", "A", "机构编制事项跟踪问效", "4", "跟踪问效结果得分率", proportional(), "TRACKING_RESULT", Map.of()).node());
        n.add(aspect("B", "履职评价情况", "30", "外部评价和编办察访核验"));
        n.add(imported("B1", "B", "纪律监督情况", "8", "被纪委监委问责或通报的，每次扣2分", deduction("2", "0"), "纪委监委").node());
        n.add(imported("B2", "B", "领导班子和干部考核", "8", "组织部年度考核得分（百分制）折算", rule(ScoringRuleKind.PROPORTIONAL,
                "100", null, null, null, null), "组织部").node());
        n.add(imported("B3", "B", "12345热线工单办理", "6", "不满意工单每件扣0.2分", deduction("0.2", "0"), "12345热线").node());
        n.add(leaf("B4", "B", "三定职责履行自评", "4", "单位对照三定规定自评，编办审核", IndicatorSource.SELF_REPORT, direct()).node());
        n.add(leaf("B5", "B", "察访核验综合评价", "4", "编办察访核验后综合评定", IndicatorSource.MANUAL, direct()).node());
        bonusAspect(n);
        return new SchemeDocument(n);
    }

    /** 2026's scheme, its indicators linked to their 2025 counterparts (comparable unless their definition changed). */
    public static SchemeDocument scheme2026() {
        List<IndicatorNode> n = new ArrayList<>();
        n.add(aspect("A", "任务完成情况", "60", "年度履职目标和日常交办任务的完成情况"));
        n.add(computed("A1", "A", "年度履职目标完成率", "20", "已核验完成的季度节点占到期节点的比例，部分完成按半数计",
                proportional(), "GOAL_COMPLETION_RATE", Map.of("partlyCounts", "0.5")).weigh(TOWN, "16").node());
        n.add(parent("A2", "A", "交办案件办理", "20", "作为承办单位办理指挥中心交办案件的情况").weigh(TOWN, "24").node());
        n.add(computed("A2.1", "A2", "办件满意率", "8", "承办案件评价为满意、基本满意的比例，低于100%按比例扣分",
                proportional(), "CASE_SATISFACTION_RATE", Map.of("countBasicallySatisfied", "true")).weigh(TOWN, "12").node());
        n.add(computed("A2.2", "A2", "按时办结率", "6", "承办案件在期限内办结的比例", proportional(), "CASE_ON_TIME_RATE", Map.of()).node());
        n.add(computed("A2.3", "A2", "被催办次数", "3", "每被催办一次扣0.5分", deduction("0.5", "0"), "REMINDERS_RECEIVED", Map.of()).node());
        n.add(computed("A2.4", "A2", "逾期签收次数", "1.5", "每逾期签收一次扣0.5分", deduction("0.5", "0"), "OVERDUE_SIGN_FORS", Map.of()).node());
        n.add(computed("A2.5", "A2", "逾期答复次数", "1.5", "每逾期答复一次扣0.5分", deduction("0.5", "0"), "OVERDUE_REPLIES", Map.of())
                .previous("A2.4").node());
        n.add(parent("A3", "A", "职责边界与清单管理", "12", "部门间职责边界事项和权责清单的执行情况").node());
        n.add(computed("A3.1", "A3", "职责边界事项履职", "4", "作为牵头或配合单位按时办理边界事项派单的比例", proportional(),
                "BOUNDARY_ITEM_ON_TIME_RATE", Map.of()).node());
        n.add(computed("A3.2", "A3", "权责清单认领率", "3", "应认领的政务服务事项中已认领的比例", proportional(),
                "LIST_CLAIM_RATE", Map.of()).node());
        n.add(computed("A3.3", "A3", "双随机检查覆盖率", "3", "执法监管类部门检查事项的覆盖比例", proportional(),
                "INSPECTION_COVERAGE", Map.of()).only(LAW).node());
        n.add(computed("A3.4", "A3", "推诿扯皮被认定次数", "2", "拒签后经争议裁定认定为本单位职责的，每次扣1分",
                deduction("1", "0"), "REFUSALS_OVERRULED", Map.of()).node());
        n.add(computed("A4", "A", "机构编制事项跟踪问效", "4", "跟踪问效结果得分率", proportional(), "TRACKING_RESULT", Map.of()).node());
        n.add(computed("A5", "A", "评估材料报送", "4", "评估材料每逾期报送一项扣1分", deduction("1", "0"), "LATE_SUBMISSIONS", Map.of())
                .noPrevious().node());
        n.add(aspect("B", "履职评价情况", "30", "外部评价和编办察访核验"));
        n.add(imported("B1", "B", "纪律监督情况", "8", "被纪委监委问责或通报的，每次扣2分", deduction("2", "0"), "纪委监委").node());
        n.add(imported("B2", "B", "领导班子和干部考核", "8", "组织部年度考核得分（百分制）折算", rule(ScoringRuleKind.PROPORTIONAL,
                "100", null, null, null, null), "组织部").node());
        n.add(imported("B3", "B", "12345热线工单办理", "6", "不满意工单每件扣0.5分，最低2分", deduction("0.5", "2"), "12345热线").node());
        n.add(leaf("B4", "B", "三定职责履行自评", "4", "单位对照三定规定自评，编办审核", IndicatorSource.SELF_REPORT, direct()).node());
        n.add(leaf("B5", "B", "察访核验综合评价", "2", "编办察访核验后综合评定", IndicatorSource.MANUAL, direct()).node());
        n.add(leaf("B6", "B", "属地管理事项落实", "2", "乡镇（街道）属地管理事项清单落实情况，每发现一项未落实扣0.5分",
                IndicatorSource.MANUAL, deduction("0.5", "0")).only(TOWN).noPrevious().node());
        bonusAspect(n);
        return new SchemeDocument(n.stream().map(DemoSchemes::linked).toList());
    }

    /** 争创一流: each bonus may pass its own points; the aspect caps the sum at 10. */
    private static void bonusAspect(List<IndicatorNode> n) {
        n.add(aspect("C", "争创一流情况", "10", "表彰奖励、改革创新等加分事项，合计不超过10分"));
        n.add(leaf("C1", "C", "国家级表彰奖励", "5", "每项加5分，最高10分", IndicatorSource.SELF_REPORT,
                rule(ScoringRuleKind.BONUS, null, "5", null, "10", null)).node());
        n.add(leaf("C2", "C", "省市级表彰奖励", "3", "每项加2分，最高6分", IndicatorSource.SELF_REPORT,
                rule(ScoringRuleKind.BONUS, null, "2", null, "6", null)).node());
        n.add(leaf("C3", "C", "改革创新经验推广", "2", "经验做法被上级推广的，每项加1分，最高4分", IndicatorSource.MANUAL,
                rule(ScoringRuleKind.BONUS, null, "1", null, "4", null)).node());
    }

    /** A 2026 node linked to its 2025 counterpart: the same code unless it names another or none. */
    private static IndicatorNode linked(IndicatorNode n) {
        if (NO_PREVIOUS.equals(n.previousCode())) {
            return copy(n, null, false);
        }
        String previous = n.previousCode() != null ? n.previousCode() : n.code();
        boolean comparable = n.previousCode() == null && !CHANGED_IN_2026.contains(n.code());
        return copy(n, previous, comparable);
    }

    private static final String NO_PREVIOUS = "-";

    private static IndicatorNode copy(IndicatorNode n, String previousCode, boolean comparable) {
        return new IndicatorNode(n.code(), n.parentCode(), n.name(), n.description(), n.points(), n.pointsByCategory(),
                n.categories(), n.source(), n.sourceBody(), n.rule(), n.computation(), previousCode, comparable);
    }

    private static IndicatorNode aspect(String code, String name, String points, String description) {
        return parent(code, null, name, points, description).node();
    }

    private static Builder parent(String code, String parentCode, String name, String points, String description) {
        return new Builder(code, parentCode, name, points, description, null, null);
    }

    private static Builder leaf(String code, String parentCode, String name, String points, String description,
                                IndicatorSource source, ScoringRule rule) {
        return new Builder(code, parentCode, name, points, description, source, rule);
    }

    private static Builder computed(String code, String parentCode, String name, String points, String description,
                                    ScoringRule rule, String computation, Map<String, String> params) {
        Builder b = leaf(code, parentCode, name, points, description, IndicatorSource.COMPUTED, rule);
        b.computation = new ComputationRef(computation, params.entrySet().stream()
                .map(e -> new ComputationRef.Param(e.getKey(), e.getValue())).toList());
        return b;
    }

    private static Builder imported(String code, String parentCode, String name, String points, String description,
                                    ScoringRule rule, String body) {
        Builder b = leaf(code, parentCode, name, points, description, IndicatorSource.IMPORTED, rule);
        b.sourceBody = body;
        return b;
    }

    private static ScoringRule proportional() {
        return rule(ScoringRuleKind.PROPORTIONAL, "1", null, null, null, null);
    }

    private static ScoringRule deduction(String perOccurrence, String floor) {
        return rule(ScoringRuleKind.DEDUCTION, null, perOccurrence, floor, null, null);
    }

    private static ScoringRule direct() {
        return rule(ScoringRuleKind.DIRECT, null, null, null, null, null);
    }

    private static ScoringRule rule(ScoringRuleKind kind, String target, String perOccurrence, String floor, String cap,
                                    String threshold) {
        return new ScoringRule(kind, decimal(target), decimal(perOccurrence), decimal(floor), decimal(cap), decimal(threshold));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** A node being described. */
    private static final class Builder {
        private final String code;
        private final String parentCode;
        private final String name;
        private final String points;
        private final String description;
        private final IndicatorSource source;
        private final ScoringRule rule;
        private final List<CategoryPoints> weights = new ArrayList<>();
        private List<EvaluationCategory> categories = List.of();
        private ComputationRef computation;
        private String sourceBody;
        private String previousCode;

        Builder(String code, String parentCode, String name, String points, String description, IndicatorSource source,
                ScoringRule rule) {
            this.code = code;
            this.parentCode = parentCode;
            this.name = name;
            this.points = points;
            this.description = description;
            this.source = source;
            this.rule = rule;
        }

        Builder weigh(EvaluationCategory category, String categoryPoints) {
            weights.add(new CategoryPoints(category, new BigDecimal(categoryPoints)));
            return this;
        }

        Builder only(EvaluationCategory category) {
            categories = List.of(category);
            return this;
        }

        Builder previous(String code) {
            previousCode = code;
            return this;
        }

        Builder noPrevious() {
            previousCode = NO_PREVIOUS;
            return this;
        }

        IndicatorNode node() {
            return new IndicatorNode(code, parentCode, name, description, new BigDecimal(points), weights, categories, source,
                    sourceBody, rule, computation, previousCode, false);
        }
    }
}

package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.computations.ParamSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a scheme (评估标准) must meet as a whole before it is saved (pure, table-tested in
 * {@code SchemeValidationTest}). Every error is named with the input path of its field, not only the first: unique
 * codes; parents before their children; children's points summing exactly to their parent's, for the default weights
 * and for every category weighed differently; leaves with a source and a rule whose parameters fit its kind; computed
 * leaves naming a registered computation with well-typed parameters; imported leaves naming their source body;
 * counterparts that exist in last year's scheme.
 */
public final class SchemeValidation {
    /** Aspects → indicators → sub-indicators. */
    static final int MAX_DEPTH = 3;
    static final String PATH = "input.indicators";
    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    private SchemeValidation() {
    }

    /**
     * Every error of the document, in the order of its nodes.
     *
     * @param previous     last year's scheme the counterparts are looked up in, or null when none is named
     * @param computations the registered computations by name, with the parameters each declares
     */
    public static List<SchemeError> validate(SchemeDocument document, SchemeDocument previous,
                                             Map<String, List<ParamSpec>> computations) {
        Run run = new Run(document, previous, computations);
        run.check();
        return run.errors;
    }

    /** The sum of the top-level aspects' default points: the scheme's total. */
    public static BigDecimal totalPoints(SchemeDocument document) {
        return document.children(null).stream().map(IndicatorNode::points).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How a number is written in messages: 99.99, 100, 0.5. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The Chinese name of a category, for messages. */
    static String label(EvaluationCategory category) {
        return switch (category) {
            case LAW_ENFORCEMENT -> "执法监管类";
            case SOCIAL_MANAGEMENT -> "社会管理类";
            case LIVELIHOOD -> "民生保障类";
            case SAFETY_ENVIRONMENT -> "安全环保类";
            case ECONOMIC_DEVELOPMENT -> "经济发展类";
            case GENERAL_SUPPORT -> "综合保障类";
            case TOWNSHIP -> "乡镇（街道）";
        };
    }

    /** One validation pass, collecting errors. */
    private static final class Run {
        private final List<IndicatorNode> nodes;
        private final SchemeDocument document;
        private final SchemeDocument previous;
        private final Map<String, List<ParamSpec>> computations;
        private final List<SchemeError> errors = new ArrayList<>();
        /** code → index of its first node. */
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> depth = new HashMap<>();

        Run(SchemeDocument document, SchemeDocument previous, Map<String, List<ParamSpec>> computations) {
            this.document = document;
            this.nodes = document.indicators();
            this.previous = previous;
            this.computations = computations;
        }

        void error(String field, String message) {
            errors.add(new SchemeError(field, message));
        }

        static String at(int i) {
            return PATH + "[" + i + "]";
        }

        void check() {
            if (nodes.isEmpty()) {
                error(PATH, "评估标准至少需要一个一级指标 (a scheme needs at least one aspect)");
                return;
            }
            for (int i = 0; i < nodes.size(); i++) {
                structure(i, nodes.get(i));
            }
            for (int i = 0; i < nodes.size(); i++) {
                IndicatorNode n = nodes.get(i);
                points(i, n);
                categories(i, n);
                boolean leaf = n.code() == null || document.isLeaf(n.code());
                if (leaf) {
                    leaf(i, n);
                } else {
                    parent(i, n);
                    sums(i, n);
                }
                counterpart(i, n);
            }
            if (totalPoints(document).signum() <= 0) {
                error(PATH, "一级指标分值合计须大于 0 (the aspects' points must total more than 0)");
            }
        }

        /** Codes unique and non-blank; the parent exists, comes before, and the tree is at most three levels deep. */
        void structure(int i, IndicatorNode n) {
            if (n.code() == null || n.code().isBlank()) {
                error(at(i) + ".code", "指标编码不能为空 (code is required)");
                return;
            }
            if (index.containsKey(n.code())) {
                error(at(i) + ".code", "指标编码 " + n.code() + " 重复（与第 " + (index.get(n.code()) + 1) + " 项相同） (duplicate code)");
                return;
            }
            index.put(n.code(), i);
            if (n.parentCode() == null || n.parentCode().isBlank()) {
                depth.put(n.code(), 1);
                return;
            }
            Integer parent = index.get(n.parentCode());
            if (parent == null) {
                boolean later = nodes.stream().anyMatch(o -> n.parentCode().equals(o.code()));
                error(at(i) + ".parentCode", later
                        ? "上级指标 " + n.parentCode() + " 须排在指标 " + n.code() + " 之前 (the parent must come before its children)"
                        : "上级指标 " + n.parentCode() + " 不存在 (no indicator has this code)");
                return;
            }
            int d = depth.getOrDefault(n.parentCode(), 1) + 1;
            depth.put(n.code(), d);
            if (d > MAX_DEPTH) {
                error(at(i) + ".parentCode", "指标层级不能超过 " + MAX_DEPTH + " 级（一级指标、二级指标、三级指标） (at most "
                        + MAX_DEPTH + " levels)");
            }
        }

        void points(int i, IndicatorNode n) {
            if (n.points() == null || n.points().signum() <= 0) {
                error(at(i) + ".points", "分值须大于 0 (points must be more than 0)");
            } else if (n.points().stripTrailingZeros().scale() > 2 || n.points().compareTo(MAX_POINTS) > 0) {
                error(at(i) + ".points", "分值须在 1000 以内，最多两位小数 (points up to 1000, two decimals)");
            }
            Set<EvaluationCategory> seen = new HashSet<>();
            for (int k = 0; k < n.pointsByCategory().size(); k++) {
                IndicatorNode.CategoryPoints cp = n.pointsByCategory().get(k);
                String field = at(i) + ".pointsByCategory[" + k + "]";
                if (cp.category() == null) {
                    error(field + ".category", "请选择类别 (category is required)");
                    continue;
                }
                if (!seen.add(cp.category())) {
                    error(field + ".category", label(cp.category()) + "的分值重复设置 (category weighed twice)");
                }
                if (cp.points() == null || cp.points().signum() < 0) {
                    error(field + ".points", label(cp.category()) + "分值不能为负数 (points must not be negative)");
                }
                if (!n.appliesTo(cp.category())) {
                    error(field + ".category", "指标不适用于" + label(cp.category()) + "，不能为其设置分值 (the indicator does not apply to this category)");
                }
            }
        }

        void categories(int i, IndicatorNode n) {
            Set<EvaluationCategory> seen = new HashSet<>();
            for (EvaluationCategory c : n.categories()) {
                if (c == null || !seen.add(c)) {
                    error(at(i) + ".categories", "适用类别重复或为空 (duplicate or empty category)");
                    return;
                }
            }
            IndicatorNode parent = n.parentCode() == null ? null : document.node(n.parentCode()).orElse(null);
            if (parent == null || parent.categories().isEmpty()) {
                return;
            }
            n.categories().stream().filter(c -> !parent.appliesTo(c)).findFirst().ifPresent(c ->
                    error(at(i) + ".categories", "上级指标 " + parent.code() + " 不适用于" + label(c)
                            + " (the parent does not apply to this category)"));
        }

        /** A parent scores only the sum of its children: no source, rule or computation of its own. */
        void parent(int i, IndicatorNode n) {
            if (n.source() != null) {
                error(at(i) + ".source", "上级指标由子指标计分，不设数据来源 (a parent has no data source)");
            }
            if (n.rule() != null) {
                error(at(i) + ".rule", "上级指标由子指标计分，不设计分规则 (a parent has no scoring rule)");
            }
            if (n.computation() != null) {
                error(at(i) + ".computation", "上级指标不设计算方法 (a parent has no computation)");
            }
        }

        /** Children's points sum exactly to the parent's: by default, and for every category a child weighs differently. */
        void sums(int i, IndicatorNode n) {
            List<IndicatorNode> children = document.children(n.code());
            if (n.points() == null || children.stream().anyMatch(c -> c.points() == null)) {
                return;
            }
            BigDecimal sum = children.stream().map(IndicatorNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(n.points()) != 0) {
                error(at(i) + ".points", "子指标分值之和 " + number(sum) + " 不等于上级指标 " + n.code() + " 的分值 "
                        + number(n.points()) + " (children's points sum to " + number(sum) + ", not " + number(n.points()) + ")");
            }
            Set<EvaluationCategory> differentiated = new LinkedHashSet<>();
            n.pointsByCategory().forEach(cp -> differentiated.add(cp.category()));
            children.forEach(c -> c.pointsByCategory().forEach(cp -> differentiated.add(cp.category())));
            for (EvaluationCategory category : differentiated) {
                if (category == null || children.stream().anyMatch(c -> c.pointsFor(category) == null)
                        || n.pointsFor(category) == null) {
                    continue;
                }
                BigDecimal own = n.pointsFor(category);
                BigDecimal of = children.stream().map(c -> c.pointsFor(category)).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (of.compareTo(own) != 0) {
                    error(at(i) + ".points", label(category) + "子指标分值之和 " + number(of) + " 不等于上级指标 " + n.code()
                            + " 的分值 " + number(own) + " (for " + category + ", children's points sum to " + number(of)
                            + ", not " + number(own) + ")");
                }
            }
        }

        void leaf(int i, IndicatorNode n) {
            if (n.source() == null) {
                error(at(i) + ".source", "末级指标须选择数据来源 (a leaf needs a data source)");
            }
            if (n.rule() == null || n.rule().kind() == null) {
                error(at(i) + ".rule", "末级指标须设置计分规则 (a leaf needs a scoring rule)");
            } else {
                SchemeRules.check(at(i) + ".rule", n, this::error);
            }
            if (n.source() == IndicatorSource.COMPUTED) {
                computation(i, n);
            } else if (n.computation() != null) {
                error(at(i) + ".computation", "只有平台计算指标才设置计算方法 (only a COMPUTED indicator names a computation)");
            }
            boolean body = n.sourceBody() != null && !n.sourceBody().isBlank();
            if (n.source() == IndicatorSource.IMPORTED && !body) {
                error(at(i) + ".sourceBody", "外部导入指标须注明数据提供单位（如纪委监委、组织部、12345） (an IMPORTED indicator names its source body)");
            } else if (n.source() != IndicatorSource.IMPORTED && body) {
                error(at(i) + ".sourceBody", "只有外部导入指标才注明数据提供单位 (only an IMPORTED indicator names a source body)");
            }
            if (n.rule() != null && n.rule().kind() == ScoringRuleKind.DIRECT
                    && (n.source() == IndicatorSource.COMPUTED || n.source() == IndicatorSource.IMPORTED)) {
                error(at(i) + ".rule.kind", "定性评分由人工直接打分，不适用于平台计算或外部导入的数据 (a DIRECT rule is for MANUAL or SELF_REPORT indicators)");
            }
        }

        void computation(int i, IndicatorNode n) {
            String field = at(i) + ".computation";
            ComputationRef ref = n.computation();
            if (ref == null || ref.name() == null || ref.name().isBlank()) {
                error(field + ".name", "平台计算指标须选择计算方法 (a COMPUTED indicator names a computation)");
                return;
            }
            List<ParamSpec> specs = computations.get(ref.name());
            if (specs == null) {
                error(field + ".name", "计算方法 " + ref.name() + " 不存在 (no such computation)");
                return;
            }
            Map<String, ParamSpec> byName = new HashMap<>();
            specs.forEach(s -> byName.put(s.name(), s));
            Set<String> given = new HashSet<>();
            for (int k = 0; k < ref.params().size(); k++) {
                ComputationRef.Param p = ref.params().get(k);
                String pf = field + ".params[" + k + "]";
                ParamSpec spec = p.name() == null ? null : byName.get(p.name());
                if (spec == null) {
                    error(pf + ".name", "计算方法 " + ref.name() + " 没有参数 " + p.name() + " (unknown parameter)");
                    continue;
                }
                if (!given.add(p.name())) {
                    error(pf + ".name", "参数 " + p.name() + " 重复 (parameter given twice)");
                    continue;
                }
                try {
                    spec.parse(p.value());
                } catch (IllegalArgumentException e) {
                    error(pf + ".value", e.getMessage());
                }
            }
            for (ParamSpec spec : specs) {
                if (spec.defaultValue() == null && !given.contains(spec.name())) {
                    error(field + ".params", "计算方法 " + ref.name() + " 缺少必填参数 " + spec.name() + " (missing required parameter)");
                }
            }
        }

        void counterpart(int i, IndicatorNode n) {
            if (n.previousCode() == null || n.previousCode().isBlank()) {
                if (n.comparable()) {
                    error(at(i) + ".comparable", "可比指标须对应上年度指标 (a comparable indicator names last year's counterpart)");
                }
                return;
            }
            if (previous == null) {
                error(at(i) + ".previousCode", "未选择上年度评估标准，不能对应上年度指标 (no previous scheme is named)");
            } else if (previous.node(n.previousCode()).isEmpty()) {
                error(at(i) + ".previousCode", "上年度评估标准中没有指标 " + n.previousCode() + " (no such indicator last year)");
            }
        }
    }
}

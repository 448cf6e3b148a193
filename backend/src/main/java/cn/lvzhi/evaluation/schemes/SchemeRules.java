package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.EvaluationCategory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters each kind of scoring rule needs (part of {@link SchemeValidation}): PROPORTIONAL a target above 0;
 * DEDUCTION a deduction per occurrence above 0 and a floor from 0 up to the indicator's points; BONUS a bonus per
 * occurrence above 0 and a cap of 0 or more (never negative; it may pass the indicator's points, the parent's points
 * cap the sum); PASS_FAIL a threshold; DIRECT none. A
 * parameter the kind does not use is an error too, so what is stored is what is applied.
 */
final class SchemeRules {
    /** Where errors go: the field path and the message. */
    @FunctionalInterface
    interface Errors {
        void add(String field, String message);
    }

    private SchemeRules() {
    }

    static void check(String field, IndicatorNode n, Errors errors) {
        ScoringRule r = n.rule();
        switch (r.kind()) {
            case PROPORTIONAL -> {
                positive(field + ".target", r.target(), "目标值", errors);
                unused(field, r, errors, "target");
            }
            case DEDUCTION -> {
                positive(field + ".perOccurrence", r.perOccurrence(), "每次扣分", errors);
                notAbovePoints(field + ".floor", r.floor(), "保底分", n, errors);
                unused(field, r, errors, "perOccurrence", "floor");
            }
            case BONUS -> {
                positive(field + ".perOccurrence", r.perOccurrence(), "每项加分", errors);
                if (r.cap() == null) {
                    errors.add(field + ".cap", "加分须设置封顶分 (a bonus needs a cap)");
                } else if (r.cap().signum() < 0) {
                    errors.add(field + ".cap", "封顶分不能为负数，而不是 " + SchemeValidation.number(r.cap()) + " (cap must not be negative)");
                }
                unused(field, r, errors, "perOccurrence", "cap");
            }
            case PASS_FAIL -> {
                if (r.threshold() == null) {
                    errors.add(field + ".threshold", "达标计分须设置达标值 (a pass/fail rule needs a threshold)");
                } else if (r.threshold().signum() < 0) {
                    errors.add(field + ".threshold", "达标值不能为负数 (threshold must not be negative)");
                }
                unused(field, r, errors, "threshold");
            }
            case DIRECT -> unused(field, r, errors);
        }
    }

    private static void positive(String field, BigDecimal value, String what, Errors errors) {
        if (value == null) {
            errors.add(field, what + "不能为空 (" + last(field) + " is required)");
        } else if (value.signum() <= 0) {
            errors.add(field, what + "须大于 0，而不是 " + SchemeValidation.number(value) + " (" + last(field) + " must be more than 0)");
        }
    }

    /** A floor: optional (0), from 0 up to the indicator's points for every category. */
    private static void notAbovePoints(String field, BigDecimal value, String what, IndicatorNode n, Errors errors) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(field, what + "不能为负数，而不是 " + SchemeValidation.number(value) + " (" + last(field) + " must not be negative)");
            return;
        }
        List<String> above = new ArrayList<>();
        if (n.points() != null && value.compareTo(n.points()) > 0) {
            above.add(SchemeValidation.number(n.points()));
        }
        for (IndicatorNode.CategoryPoints cp : n.pointsByCategory()) {
            if (cp.points() != null && cp.category() != null && value.compareTo(cp.points()) > 0) {
                above.add(label(cp.category()) + " " + SchemeValidation.number(cp.points()));
            }
        }
        if (!above.isEmpty()) {
            errors.add(field, what + " " + SchemeValidation.number(value) + " 高于指标分值 " + String.join("、", above)
                    + " (" + last(field) + " is above the indicator's points)");
        }
    }

    private static String label(EvaluationCategory category) {
        return SchemeValidation.label(category);
    }

    /** The parameters the kind does not use must be empty. */
    private static void unused(String field, ScoringRule r, Errors errors, String... used) {
        List<String> uses = List.of(used);
        check(uses, "target", r.target(), field, r, errors);
        check(uses, "perOccurrence", r.perOccurrence(), field, r, errors);
        check(uses, "floor", r.floor(), field, r, errors);
        check(uses, "cap", r.cap(), field, r, errors);
        check(uses, "threshold", r.threshold(), field, r, errors);
    }

    private static void check(List<String> uses, String name, BigDecimal value, String field, ScoringRule r, Errors errors) {
        if (value != null && !uses.contains(name)) {
            errors.add(field + "." + name, kind(r) + "不使用参数 " + name + " (a " + r.kind() + " rule takes no " + name + ")");
        }
    }

    static String kind(ScoringRule r) {
        return switch (r.kind()) {
            case PROPORTIONAL -> "按比例计分";
            case DEDUCTION -> "扣分制";
            case BONUS -> "加分制";
            case PASS_FAIL -> "达标计分";
            case DIRECT -> "直接评分";
        };
    }

    private static String last(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}

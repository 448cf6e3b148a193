package cn.lvzhi.tracking;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.tracking.inputs.IndicatorInput;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a template (问效指标模板) as a whole: every indicator code unique, and the points summing to exactly
 * 100 (百分制), added exactly (no 32-bit wrap can make huge values sum to 100). Each indicator's own fields (named,
 * 1..100 points, a method) are constraints on {@link IndicatorInput}, checked before the operation runs. Each failure
 * is a VALIDATION error naming the field and the reason.
 */
public final class TemplatePolicy {
    public static final int TOTAL = 100;
    /** The message of the points constraints on {@link IndicatorInput}. */
    public static final String POINTS = "指标分值须大于 0，在 1 至 " + TOTAL + " 之间 (⟨field⟩: points must be 1.." + TOTAL + ")";

    private TemplatePolicy() {
    }

    /** The indicators of a template whose fields passed their constraints; throws on the first whole-template rule broken. */
    public static List<Indicator> indicators(List<IndicatorInput> inputs) {
        Set<String> codes = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            if (!codes.add(in.code)) {
                throw new ValidationException("input.indicators[" + i + "].code", "指标编码重复：" + in.code + " (duplicate indicator code)");
            }
            sum += in.points;
        }
        if (sum != TOTAL) {
            throw new ValidationException("input.indicators",
                    "指标分值合计须为 100 分，现为 " + sum + " 分 (points must sum to exactly 100, they sum to " + sum + ")");
        }
        return inputs.stream().map(in -> new Indicator(in.code, in.name, in.points, in.method, in.guidance)).toList();
    }
}

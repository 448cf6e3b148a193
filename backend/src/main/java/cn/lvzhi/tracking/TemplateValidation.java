package cn.lvzhi.tracking;

import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule of a template (问效指标模板): not empty, every indicator named with 1..100 points and a unique code, and the
 * points summing to exactly 100 (百分制), added exactly (no 32-bit wrap can make huge values sum to 100). Each failure
 * is a VALIDATION error naming the field and the reason.
 */
public final class TemplateValidation {
    static final int TOTAL = 100;

    private TemplateValidation() {
    }

    /** The checked indicators, trimmed; throws on the first rule broken. */
    public static List<Indicator> indicators(List<IndicatorInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new ValidationException("input.indicators", "模板至少需要一项指标 (a template needs at least one indicator)");
        }
        List<Indicator> checked = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            String field = "input.indicators[" + i + "]";
            String code = Texts.name(field + ".code", in.code, true, 20, "指标编码");
            String name = Texts.name(field + ".name", in.name, true, 200, "指标名称");
            String guidance = Texts.text(field + ".guidance", in.guidance, true, 2000, "评分标准");
            if (!codes.add(code)) {
                throw new ValidationException(field + ".code", "指标编码重复：" + code + " (duplicate indicator code)");
            }
            if (in.points == null || in.points < 1 || in.points > TOTAL) {
                throw new ValidationException(field + ".points", "指标“" + name + "”的分值须大于 0，在 1 至 " + TOTAL
                        + " 之间，现为 " + in.points + " (points must be 1.." + TOTAL + ")");
            }
            if (in.method == null) {
                throw new ValidationException(field + ".method", "须注明定性或定量 (method required)");
            }
            sum += in.points;
            checked.add(new Indicator(code, name, in.points, in.method, guidance));
        }
        if (sum != TOTAL) {
            throw new ValidationException("input.indicators",
                    "指标分值合计须为 100 分，现为 " + sum + " 分 (points must sum to exactly 100, they sum to " + sum + ")");
        }
        return checked;
    }
}

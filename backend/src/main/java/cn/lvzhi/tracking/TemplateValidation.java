package cn.lvzhi.tracking;

import cn.lvzhi.common.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule of a template (问效指标模板): not empty, every indicator named with positive points and a unique code, and the
 * points summing to exactly 100 (百分制). Each failure is a VALIDATION error naming the field and the reason.
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
        int sum = 0;
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            String field = "input.indicators[" + i + "]";
            String code = text(field + ".code", in.code, 20, "指标编码");
            String name = text(field + ".name", in.name, 200, "指标名称");
            String guidance = text(field + ".guidance", in.guidance, 2000, "评分标准");
            if (!codes.add(code)) {
                throw new ValidationException(field + ".code", "指标编码重复：" + code + " (duplicate indicator code)");
            }
            if (in.points == null || in.points <= 0) {
                throw new ValidationException(field + ".points",
                        "指标“" + name + "”的分值须大于 0，现为 " + in.points + " (points must be positive)");
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

    /** A required text of 1..max characters, stripped; VALIDATION naming the field otherwise. */
    static String text(String field, String value, int max, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new ValidationException(field, what + "须为 1 至 " + max + " 个字符 (" + field + " must be 1.." + max + " characters)");
        }
        return v;
    }
}

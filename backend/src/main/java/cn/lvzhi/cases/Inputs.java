package cn.lvzhi.cases;

import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;

import java.util.List;

/** Checks and trims the free texts and lists of case inputs; a violation names the input field. */
final class Inputs {
    static final int MAX_ATTACHMENTS = 20;

    private Inputs() {
    }

    static String text(String field, String value, boolean required, int max, String label) {
        return Texts.text(field, value, required, max, label);
    }

    static List<String> attachments(String field, List<String> refs) {
        if (refs == null) {
            return List.of();
        }
        if (refs.size() > MAX_ATTACHMENTS) {
            throw new ValidationException(field, "附件最多 " + MAX_ATTACHMENTS + " 个 (at most " + MAX_ATTACHMENTS + " attachments)");
        }
        return refs.stream().map(r -> text(field, r, true, 500, "附件引用")).toList();
    }

    static int days(String field, Integer value, int fallback, String label) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > 60) {
            throw new ValidationException(field, label + "须在 1 至 60 个工作日之间 (" + field + " must be 1..60)");
        }
        return value;
    }
}

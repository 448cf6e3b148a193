package cn.lvzhi.lists;

import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;

import java.util.regex.Pattern;

/** Checks on proposed content; each failure names the input field. */
final class ItemValidation {
    static final Pattern CODE = Pattern.compile(ListItem.CODE_FORMAT);

    private ItemValidation() {
    }

    static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ValidationException("input.code", "事项编码须由字母、数字和连字符组成，最长 64 位 (code: letters, digits and '-')");
        }
        return code;
    }

    static String name(String name) {
        return Texts.name("input.name", name, true, 300, "事项名称");
    }

    static String text(String field, String value, boolean required, int max, String label) {
        return Texts.text(field, value, required, max, label);
    }

    /** The details must hold exactly the part of the item's kind, with its required fields. */
    static ItemDetails details(ListKind kind, ItemDetails d) {
        if (d == null) {
            throw new ValidationException("input.details", "缺少事项内容 (details required)");
        }
        int parts = count(d.power()) + count(d.dutyTask()) + count(d.boundary()) + count(d.territorial())
                + count(d.collaboration()) + count(d.village());
        Object own = switch (kind) {
            case POWER -> d.power();
            case DUTY_TASK -> d.dutyTask();
            case BOUNDARY -> d.boundary();
            case TERRITORIAL -> d.territorial();
            case COLLABORATION -> d.collaboration();
            case VILLAGE -> d.village();
        };
        if (own == null || parts != 1) {
            throw new ValidationException("input.details", "事项内容须且只能填写与清单类型 " + kind + " 对应的部分 (exactly the " + kind + " part)");
        }
        if (d.power() != null && (d.power().type() == null || d.power().level() == null)) {
            throw new ValidationException("input.details.power", "权责事项须填写权力类型和实施层级 (type and level required)");
        }
        if (d.boundary() != null && d.boundary().scope() == null) {
            throw new ValidationException("input.details.boundary.scope", "须填写边界范围 (scope required)");
        }
        if (d.collaboration() != null && d.collaboration().kind() == null) {
            throw new ValidationException("input.details.collaboration.kind", "须填写协同类型 (kind required)");
        }
        if (d.village() != null && d.village().kind() == null) {
            throw new ValidationException("input.details.village.kind", "须填写村级事项类型 (kind required)");
        }
        return d;
    }

    private static int count(Object part) {
        return part == null ? 0 : 1;
    }
}

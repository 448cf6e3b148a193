package cn.lvzhi.lists;

import cn.lvzhi.org.UnitLevel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Chinese names of the lists, power types and implementing levels, as the offices write them in sheets and
 * reports (清单名称、权力类型、实施层级). Shared by the import/export sheets and the comparison reports.
 */
public final class ListLabels {
    public static final Map<ListKind, String> LIST_NAMES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            ListKind.POWER, "权责清单", ListKind.DUTY_TASK, "职责任务清单", ListKind.BOUNDARY, "职责边界清单",
            ListKind.TERRITORIAL, "属地管理事项清单", ListKind.COLLABORATION, "“一件事”协同清单", ListKind.VILLAGE, "村级清单")));
    public static final Map<PowerType, String> POWER_TYPES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            PowerType.LICENSING, "行政许可", PowerType.PENALTY, "行政处罚", PowerType.COERCION, "行政强制",
            PowerType.LEVY, "行政征收", PowerType.PAYMENT, "行政给付", PowerType.INSPECTION, "行政检查",
            PowerType.CONFIRMATION, "行政确认", PowerType.REWARD, "行政奖励", PowerType.ADJUDICATION, "行政裁决",
            PowerType.OTHER, "其他行政权力")));
    public static final Map<UnitLevel, String> LEVELS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            UnitLevel.CITY, "市级", UnitLevel.COUNTY, "县级", UnitLevel.TOWNSHIP, "乡级", UnitLevel.VILLAGE, "村级")));

    private ListLabels() {
    }
}

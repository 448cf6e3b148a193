package cn.lvzhi.lists.comparisons;

import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListLabels;
import cn.lvzhi.lists.PowerType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two-list fusion rule (两单融合), pure: a service item (政务服务事项) names the power item (权责事项) it
 * carries out by code. A service item naming no published power item of the scope, and a power item of a service
 * type (许可, 给付, 确认, 奖励, 征收, 裁决) that no service item names, have no counterpart (不对应); a linked pair
 * whose implementing levels differ is a level mismatch (实施层级不一致).
 */
public final class ListFusion {
    /** The power types that are delivered to the public as government services (依申请事项). */
    public static final Set<PowerType> SERVICE_TYPES = EnumSet.of(PowerType.LICENSING, PowerType.PAYMENT,
            PowerType.CONFIRMATION, PowerType.REWARD, PowerType.LEVY, PowerType.ADJUDICATION);

    private ListFusion() {
    }

    /** One reported difference, before it is stored; the key is the power item code matched on. */
    public record Finding(ComparisonDifference difference, String key, String itemName, ServiceItem service,
                          ListItem power, String subjectValue, String referenceValue) {
    }

    /** The differences between the service items and the published power items of one scope, by key. */
    public static List<Finding> compare(List<ServiceItem> services, List<ListItem> powers) {
        Map<String, ListItem> powerByCode = powers.stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity(), (a, b) -> a));
        Set<String> linked = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (ServiceItem s : services) {
            ListItem p = s.powerItemCode == null ? null : powerByCode.get(s.powerItemCode);
            if (p == null) {
                findings.add(new Finding(ComparisonDifference.NO_POWER_ITEM,
                        s.powerItemCode == null ? s.code : s.powerItemCode, s.name, s, null, s.code, s.powerItemCode));
                continue;
            }
            linked.add(p.code);
            if (s.level != p.itemLevel) {
                findings.add(new Finding(ComparisonDifference.LEVEL_DIFFERS, p.code, s.name, s, p,
                        ListLabels.LEVELS.get(s.level), p.itemLevel == null ? null : ListLabels.LEVELS.get(p.itemLevel)));
            }
        }
        for (ListItem p : powers) {
            if (SERVICE_TYPES.contains(p.powerType) && !linked.contains(p.code)) {
                findings.add(new Finding(ComparisonDifference.NO_SERVICE_ITEM, p.code, p.name, null, p, null,
                        ListLabels.POWER_TYPES.get(p.powerType)));
            }
        }
        findings.sort(Comparator.comparing(Finding::key).thenComparing(Finding::difference));
        return findings;
    }
}

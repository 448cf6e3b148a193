package cn.lvzhi.demo.lists;

import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.lists.comparisons.ListFusion;
import cn.lvzhi.org.UnitLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the demo government-service list (政务服务事项清单) of 清河区 from its demo power list: every power
 * item of a service type (许可, 给付, 确认, 奖励, 征收, 裁决) gets a service item {@code QH-FW-D08-0001-01} at the
 * power item's level, and each 行政许可 a second one for changes (…（变更）, {@code -02}). Deterministic.
 *
 * <h2>Deliberate differences (for the 两单融合 report of 清河区)</h2>
 * <ul>
 *   <li><b>No power item</b> (NO_POWER_ITEM):
 *     <ul>
 *       <li>{@code QH-FW-D07-9001-01} 社会保障卡申领 (D07), names no power item</li>
 *       <li>{@code QH-FW-D21-9001-01} 企业名称自主申报 (D21), names no power item</li>
 *       <li>{@code QH-FW-D10-0002-01} 排污许可证核发 (D10), names {@code QH-D10-QL-0002}, which only the city list has</li>
 *     </ul></li>
 *   <li><b>No service item</b> (NO_SERVICE_ITEM): {@code QH-D08-QL-0016} 土地闲置费征收,
 *       {@code QH-D10-QL-0021} 对在保护和改善环境方面有显著成绩的单位和个人的奖励,
 *       {@code QH-D13-QL-0020} 农村土地承包经营纠纷仲裁.</li>
 *   <li><b>Level mismatch</b> (LEVEL_DIFFERS, service level / power level): {@code QH-D08-QL-0003}
 *       乡村建设规划许可证核发 and {@code QH-D13-QL-0007} 农村村民宅基地审批 县级 / 乡级 (the power item was delegated to
 *       townships, the service item not moved); {@code QH-D09-QL-0020} 城镇住房保障家庭租赁补贴 乡级 / 县级.
 *       These three get no 变更 companion, so each mismatch is one row.</li>
 * </ul>
 */
public final class DemoServiceItems {
    /** Power items of a service type that deliberately have no service item. */
    public static final Set<String> WITHOUT_SERVICE = Set.of("QH-D08-QL-0016", "QH-D10-QL-0021", "QH-D13-QL-0020");
    /** Power items whose service item deliberately has another level, with that level. */
    public static final Map<String, UnitLevel> OTHER_LEVEL = Map.of(
            "QH-D08-QL-0003", UnitLevel.COUNTY, "QH-D13-QL-0007", UnitLevel.COUNTY, "QH-D09-QL-0020", UnitLevel.TOWNSHIP);

    private static final String QH_POWER = "QH-D";

    private DemoServiceItems() {
    }

    /** The service items derived from the given demo list items (only 清河区 power items are used). */
    public static List<ServiceItemSeed> generate(List<ListItemSeed> lists) {
        List<ServiceItemSeed> services = new ArrayList<>();
        for (ListItemSeed item : lists) {
            var power = item.details().power();
            if (item.kind() != ListKind.POWER || !item.code().startsWith(QH_POWER) || power == null
                    || !ListFusion.SERVICE_TYPES.contains(power.type()) || WITHOUT_SERVICE.contains(item.code())) {
                continue;
            }
            // QH-D08-QL-0003 -> QH-FW-D08-0003
            String base = "QH-FW-" + item.code().substring(3, 6) + item.code().substring(9);
            UnitLevel level = OTHER_LEVEL.getOrDefault(item.code(), power.level());
            services.add(new ServiceItemSeed(base + "-01", item.name(), item.unitCode(), level, item.code()));
            if (power.type() == PowerType.LICENSING && !OTHER_LEVEL.containsKey(item.code())) {
                services.add(new ServiceItemSeed(base + "-02", item.name() + "（变更）", item.unitCode(), level, item.code()));
            }
        }
        services.add(new ServiceItemSeed("QH-FW-D07-9001-01", "社会保障卡申领", "JZ-QH-D07", UnitLevel.COUNTY, null));
        services.add(new ServiceItemSeed("QH-FW-D21-9001-01", "企业名称自主申报", "JZ-QH-D21", UnitLevel.COUNTY, null));
        services.add(new ServiceItemSeed("QH-FW-D10-0002-01", "排污许可证核发", "JZ-QH-D10", UnitLevel.COUNTY, "QH-D10-QL-0002"));
        return List.copyOf(services);
    }
}

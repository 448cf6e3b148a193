package cn.lvzhi.lists;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists' exported read for other features (a port): the power items (权责事项) as staffing sees them when it
 * places a year's workload on an item — id, code, name and implementing unit, whatever the item's status. Drafts,
 * versions and details stay inside the lists.
 */
@ApplicationScoped
public class PowerItems {
    /** A power item seen from outside the lists. */
    public record PowerItem(long id, String code, String name, long unitId) {
    }

    private final ListReads lists;

    public PowerItems(ListReads lists) {
        this.lists = lists;
    }

    /** The power items with these ids, by id; ids of other lists' items or of no item are left out. */
    public Uni<Map<Long, PowerItem>> byIds(Collection<Long> ids) {
        return lists.itemsByIds(ids).map(found -> {
            Map<Long, PowerItem> byId = new HashMap<>();
            found.values().stream().filter(i -> i.kind == ListKind.POWER).forEach(i -> byId.put(i.id, of(i)));
            return byId;
        });
    }

    /** The power items with these codes, by code; unknown codes are left out. */
    public Uni<Map<String, PowerItem>> byCodes(Collection<String> codes) {
        return lists.itemsByCodes(ListKind.POWER, codes).map(found -> {
            Map<String, PowerItem> byCode = new HashMap<>();
            found.forEach((code, i) -> byCode.put(code, of(i)));
            return byCode;
        });
    }

    /** The supervision duties (监管责任) of a power item's current content, in the item's order; none for other items. */
    public static List<String> supervisionDuties(ListItem item) {
        List<String> duties = item.details != null && item.details.power() != null ? item.details.power().supervisionDuties() : null;
        return duties == null ? List.of() : duties;
    }

    /** A power type's Chinese name (行政处罚…), as the lists' sheets write it. */
    public static String typeLabel(PowerType type) {
        return type == null ? "" : ListLabels.POWER_TYPES.get(type);
    }

    private static PowerItem of(ListItem item) {
        return new PowerItem(item.id, item.code, item.name, item.unitId);
    }
}

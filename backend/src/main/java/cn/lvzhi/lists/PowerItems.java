package cn.lvzhi.lists;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
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

    private static PowerItem of(ListItem item) {
        return new PowerItem(item.id, item.code, item.name, item.unitId);
    }
}

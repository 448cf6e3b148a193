package cn.lvzhi.lists;

import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom a list item names to handle its matter (牵头单位、协同单位), with their duties: what a case filed under the
 * item needs to suggest whom to dispatch it to, without reading the item's kind-specific details itself. A
 * collaboration or boundary item names its lead and co-operating units; a territorial item its lead department
 * and, without naming it, the township where the matter lies (配合); other kinds name no one.
 */
@ApplicationScoped
public class ItemParties {
    private final UnitReads units;

    public ItemParties(UnitReads units) {
        this.units = units;
    }

    /** A unit the item names, with its duty. */
    public record Named(long unitId, String responsibility) {
    }

    /**
     * The parties of an item: its lead (null when the kind names none), the co-operating units in the item's order
     * (those whose unit code is known), and the township's duty of a territorial item (null for other kinds).
     */
    public record Parties(Named lead, List<Named> cooperating, String townshipResponsibility) {
        static final Parties NONE = new Parties(null, List.of(), null);
    }

    public Uni<Parties> of(ListItem item) {
        return ofAll(List.of(item)).map(all -> all.get(item.id));
    }

    /**
     * The parties of each of these items, by item id: the co-operating units of all of them are looked up together
     * (one read however many items), so measuring many items' cases costs no read per item.
     */
    public Uni<Map<Long, Parties>> ofAll(Collection<ListItem> items) {
        Set<String> codes = new LinkedHashSet<>();
        items.forEach(item -> cooperating(item.details).forEach(p -> codes.add(p.unitCode())));
        Uni<Map<String, Long>> ids = codes.isEmpty() ? Uni.createFrom().item(Map.of())
                : units.byCodeMap(codes).map(found -> {
                    Map<String, Long> idByCode = new HashMap<>();
                    found.forEach((code, unit) -> idByCode.put(code, unit.id));
                    return idByCode;
                });
        return ids.map(idByCode -> {
            Map<Long, Parties> byItem = new HashMap<>();
            items.forEach(item -> byItem.put(item.id, parties(item, idByCode)));
            return byItem;
        });
    }

    /** The item's co-operating parties as written (a collaboration or boundary item's), by unit code. */
    private static List<ItemDetails.Party> cooperating(ItemDetails details) {
        List<ItemDetails.Party> parties = null;
        if (details != null && details.territorial() == null) {
            if (details.collaboration() != null) {
                parties = details.collaboration().cooperating();
            } else if (details.boundary() != null) {
                parties = details.boundary().cooperating();
            }
        }
        return parties == null ? List.of() : parties;
    }

    private static Parties parties(ListItem item, Map<String, Long> idByCode) {
        ItemDetails details = item.details;
        if (details == null) {
            return Parties.NONE;
        }
        if (details.territorial() != null) {
            return new Parties(new Named(item.unitId, details.territorial().leadResponsibility()), List.of(),
                    details.territorial().townshipResponsibility());
        }
        String lead;
        if (details.collaboration() != null) {
            lead = details.collaboration().leadResponsibility();
        } else if (details.boundary() != null) {
            lead = details.boundary().leadResponsibility();
        } else {
            return Parties.NONE;
        }
        List<Named> named = new ArrayList<>();
        cooperating(details).stream().filter(p -> idByCode.containsKey(p.unitCode()))
                .forEach(p -> named.add(new Named(idByCode.get(p.unitCode()), p.responsibility())));
        return new Parties(new Named(item.unitId, lead), named, null);
    }
}

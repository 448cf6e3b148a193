package cn.lvzhi.lists;

import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        ItemDetails details = item.details;
        if (details == null) {
            return Uni.createFrom().item(Parties.NONE);
        }
        if (details.territorial() != null) {
            return Uni.createFrom().item(new Parties(new Named(item.unitId, details.territorial().leadResponsibility()), List.of(),
                    details.territorial().townshipResponsibility()));
        }
        String lead;
        List<ItemDetails.Party> parties;
        if (details.collaboration() != null) {
            lead = details.collaboration().leadResponsibility();
            parties = details.collaboration().cooperating();
        } else if (details.boundary() != null) {
            lead = details.boundary().leadResponsibility();
            parties = details.boundary().cooperating();
        } else {
            return Uni.createFrom().item(Parties.NONE);
        }
        Named leadUnit = new Named(item.unitId, lead);
        List<ItemDetails.Party> cooperating = parties == null ? List.of() : parties;
        if (cooperating.isEmpty()) {
            return Uni.createFrom().item(new Parties(leadUnit, List.of(), null));
        }
        return units.byCodes(cooperating.stream().map(ItemDetails.Party::unitCode).distinct().toList()).map(found -> {
            Map<String, Long> idByCode = new HashMap<>();
            found.forEach(u -> idByCode.put(u.code, u.id));
            List<Named> named = new ArrayList<>();
            cooperating.stream().filter(p -> idByCode.containsKey(p.unitCode()))
                    .forEach(p -> named.add(new Named(idByCode.get(p.unitCode()), p.responsibility())));
            return new Parties(leadUnit, named, null);
        });
    }
}

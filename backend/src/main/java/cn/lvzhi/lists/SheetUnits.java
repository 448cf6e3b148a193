package cn.lvzhi.lists;

import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units a sheet mentions, looked up through the org feature in batches. */
@ApplicationScoped
class SheetUnits {
    private final UnitReads units;

    SheetUnits(UnitReads units) {
        this.units = units;
    }

    Uni<Map<String, Unit>> byCodes(Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += UnitReads.MAX_CODES) {
            batches.add(all.subList(i, Math.min(all.size(), i + UnitReads.MAX_CODES)));
        }
        return Multi.createFrom().iterable(batches).onItem().transformToUniAndConcatenate(units::byCodes)
                .collect().in(HashMap<String, Unit>::new, (map, found) -> found.forEach(u -> map.put(u.code, u)))
                .map(map -> map);
    }

    /** "名称（编码）" for known codes, the bare code otherwise. */
    static ListSheet.UnitNames names(Map<String, Unit> byCode) {
        return code -> {
            Unit u = byCode.get(code);
            return u == null ? code : u.name + "（" + code + "）";
        };
    }
}

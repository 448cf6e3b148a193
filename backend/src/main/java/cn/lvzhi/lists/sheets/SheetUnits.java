package cn.lvzhi.lists.sheets;

import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;

/** The units a sheet mentions, looked up through the org feature in batches. */
@ApplicationScoped
class SheetUnits {
    private final UnitReads units;

    SheetUnits(UnitReads units) {
        this.units = units;
    }

    Uni<Map<String, Unit>> byCodes(Collection<String> codes) {
        return units.byCodeMap(codes);
    }

    /** "名称（编码）" for known codes, the bare code otherwise. */
    static ListSheet.UnitNames names(Map<String, Unit> byCode) {
        return code -> {
            Unit u = byCode.get(code);
            return u == null ? code : u.name + "（" + code + "）";
        };
    }
}

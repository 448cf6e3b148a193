package cn.lvzhi.lists.comparisons;

import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fusion rule on a small prepared pair of lists: every kind of difference, and silence where none. */
class ListFusionTest {
    static ListItem power(String code, PowerType type, UnitLevel level) {
        ListItem i = new ListItem();
        i.code = code;
        i.name = "权责" + code;
        i.powerType = type;
        i.itemLevel = level;
        return i;
    }

    static ServiceItem service(String code, String powerCode, UnitLevel level) {
        ServiceItem s = new ServiceItem();
        s.code = code;
        s.name = "服务" + code;
        s.powerItemCode = powerCode;
        s.level = level;
        return s;
    }

    static List<String> run(List<ServiceItem> services, List<ListItem> powers) {
        return ListFusion.compare(services, powers).stream()
                .map(f -> f.difference() + " " + f.key() + " " + f.subjectValue() + "/" + f.referenceValue()).toList();
    }

    @Test
    void matchedItemsAtTheSameLevelReportNothing() {
        assertEquals(List.of(), run(
                List.of(service("S1", "P1", UnitLevel.COUNTY), service("S1b", "P1", UnitLevel.COUNTY)),
                List.of(power("P1", PowerType.LICENSING, UnitLevel.COUNTY), power("P2", PowerType.PENALTY, UnitLevel.COUNTY))));
    }

    @Test
    void everyDifferenceIsReportedOnceByKey() {
        assertEquals(List.of(
                        "LEVEL_DIFFERS P1 县级/乡级",
                        "NO_SERVICE_ITEM P3 null/行政给付",
                        "NO_POWER_ITEM P9 S2/P9",
                        "NO_POWER_ITEM S3 S3/null"),
                run(List.of(service("S1", "P1", UnitLevel.COUNTY), service("S2", "P9", UnitLevel.COUNTY),
                                service("S3", null, UnitLevel.COUNTY)),
                        List.of(power("P1", PowerType.LICENSING, UnitLevel.TOWNSHIP), power("P3", PowerType.PAYMENT, UnitLevel.COUNTY),
                                power("P4", PowerType.INSPECTION, UnitLevel.COUNTY))));
    }

    @Test
    void onlyServiceTypesNeedAServiceItem() {
        for (PowerType type : PowerType.values()) {
            int expected = ListFusion.SERVICE_TYPES.contains(type) ? 1 : 0;
            assertEquals(expected, run(List.of(), List.of(power("P", type, UnitLevel.COUNTY))).size(), type::name);
        }
        assertEquals(6, ListFusion.SERVICE_TYPES.size());
    }
}

package cn.lvzhi.demo.lists;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.org.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo government-service list: a few hundred items, deterministic, with exactly the documented gaps. */
class DemoServiceItemsTest {
    static final List<ServiceItemSeed> ITEMS = DemoServiceItems.generate(DemoLists.generate(DemoDistrict.generate(1)));

    @Test
    void aFewHundredItemsWithUniqueCodes() {
        assertEquals(242, ITEMS.size());
        assertEquals(ITEMS.size(), new HashSet<>(ITEMS.stream().map(ServiceItemSeed::code).toList()).size());
        assertEquals(ITEMS, DemoServiceItems.generate(DemoLists.generate(DemoDistrict.generate(1))), "deterministic");
    }

    @Test
    void theDocumentedCasesAreThere() {
        Map<String, ServiceItemSeed> byCode = ITEMS.stream().collect(Collectors.toMap(ServiceItemSeed::code, Function.identity()));
        assertNull(byCode.get("QH-FW-D07-9001-01").powerItemCode());
        assertEquals("QH-D10-QL-0002", byCode.get("QH-FW-D10-0002-01").powerItemCode());
        assertTrue(ITEMS.stream().map(ServiceItemSeed::powerItemCode).filter(java.util.Objects::nonNull)
                .noneMatch(DemoServiceItems.WITHOUT_SERVICE::contains));
        assertEquals(UnitLevel.COUNTY, byCode.get("QH-FW-D08-0003-01").level());
        assertEquals(UnitLevel.TOWNSHIP, byCode.get("QH-FW-D09-0020-01").level());
        assertNull(byCode.get("QH-FW-D08-0003-02"), "a level mismatch has no 变更 companion");
        assertEquals("建筑工程施工许可证核发（变更）", byCode.get("QH-FW-D09-0001-02").name());
    }
}

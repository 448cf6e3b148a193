package cn.lvzhi.demo.org;

import cn.lvzhi.org.CreditCode;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDistrictTest {

    private static final Set<UnitKind> DEPARTMENT_KINDS = EnumSet.of(UnitKind.GOVERNMENT_DEPARTMENT,
            UnitKind.PARTY_DEPARTMENT, UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION);

    private static final List<UnitSeed> SCALE_1 = DemoDistrict.generate(1);
    private static final Map<String, UnitSeed> BY_CODE = byCode(SCALE_1);

    @Test
    void shouldProduceTheSameListForTheSameScale() {
        assertEquals(SCALE_1, DemoDistrict.generate(1));
        assertEquals(DemoDistrict.generate(3), DemoDistrict.generate(3));
    }

    @Test
    void shouldKeepScaleOneAsThePrefixOfLargerScales() {
        List<UnitSeed> scale3 = DemoDistrict.generate(3);
        assertEquals(SCALE_1, scale3.subList(0, SCALE_1.size()));
    }

    @Test
    void shouldUseUniqueCodes() {
        for (int scale : new int[] {1, 10, 40}) {
            List<UnitSeed> units = DemoDistrict.generate(scale);
            Set<String> codes = units.stream().map(UnitSeed::code).collect(Collectors.toSet());
            assertEquals(units.size(), codes.size(), "duplicate codes at scale " + scale);
        }
    }

    @Test
    void shouldPlaceParentsBeforeChildren() {
        for (int scale : new int[] {1, 5}) {
            List<UnitSeed> units = DemoDistrict.generate(scale);
            assertNull(units.get(0).parentCode(), "the root comes first");
            Set<String> seen = new HashSet<>();
            for (UnitSeed unit : units) {
                if (unit != units.get(0)) {
                    assertNotNull(unit.parentCode(), unit.code());
                    assertTrue(seen.contains(unit.parentCode()), () -> unit.code() + " before its parent");
                }
                seen.add(unit.code());
            }
        }
    }

    @Test
    void shouldGiveEveryUnitValidAndUniqueCreditCodes() {
        List<UnitSeed> units = DemoDistrict.generate(10);
        Set<String> creditCodes = new HashSet<>();
        for (UnitSeed unit : units) {
            if (unit.creditCode() != null) {
                assertTrue(CreditCode.isValid(unit.creditCode()), unit.code() + " " + unit.creditCode());
                assertTrue(creditCodes.add(unit.creditCode()), "duplicate credit code " + unit.creditCode());
                assertEquals('1', unit.creditCode().charAt(0), unit.code());
            }
        }
    }

    @Test
    void shouldGiveDepartmentsAndTownshipsCreditCodesOfTheRightType() {
        for (UnitSeed unit : SCALE_1) {
            if (DEPARTMENT_KINDS.contains(unit.kind()) || unit.kind() == UnitKind.TOWNSHIP) {
                assertNotNull(unit.creditCode(), unit.code());
                char expectedType = unit.kind() == UnitKind.PUBLIC_INSTITUTION ? '2' : '1';
                assertEquals(expectedType, unit.creditCode().charAt(1), unit.code());
            }
            if (unit.parentCode() != null && unit.parentCode().equals(DemoDistrict.DISTRICT)
                    && DEPARTMENT_KINDS.contains(unit.kind())) {
                assertEquals("320999", unit.creditCode().substring(2, 8), unit.code());
            }
            if (EnumSet.of(UnitKind.INTERNAL_OFFICE, UnitKind.VILLAGE, UnitKind.COMMUNITY, UnitKind.GRID)
                    .contains(unit.kind())) {
                assertNull(unit.creditCode(), unit.code());
            }
        }
    }

    @Test
    void shouldContainTheFixedDemoUnits() {
        assertUnit(DemoDistrict.CITY, "江州市人民政府", UnitKind.REGION_GOVERNMENT, UnitLevel.CITY, null);
        assertUnit("JZ-BB", "江州市委编办", UnitKind.ESTABLISHMENT_OFFICE, UnitLevel.CITY, DemoDistrict.CITY);
        assertUnit(DemoDistrict.DISTRICT, "江州市清河区人民政府", UnitKind.REGION_GOVERNMENT, UnitLevel.COUNTY,
                DemoDistrict.CITY);
        assertUnit(DemoDistrict.ESTABLISHMENT_OFFICE, "清河区委编办", UnitKind.ESTABLISHMENT_OFFICE,
                UnitLevel.COUNTY, DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.COMMITTEE, "清河区委机构编制委员会", UnitKind.ESTABLISHMENT_COMMITTEE,
                UnitLevel.COUNTY, DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.COMMAND_CENTRE, "清河区综合信息指挥中心", UnitKind.COMMAND_CENTRE, UnitLevel.COUNTY,
                DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.DISCIPLINE, "清河区纪委监委", UnitKind.DISCIPLINE_OFFICE, UnitLevel.COUNTY,
                DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.ORGANISATION, "清河区委组织部", UnitKind.ORGANISATION_DEPARTMENT, UnitLevel.COUNTY,
                DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.HOTLINE, "清河区12345政务服务便民热线中心", UnitKind.PUBLIC_INSTITUTION,
                UnitLevel.COUNTY, DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.ENVIRONMENT, "清河区生态环境局", UnitKind.GOVERNMENT_DEPARTMENT, UnitLevel.COUNTY,
                DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.URBAN_MANAGEMENT, "清河区城市管理局", UnitKind.GOVERNMENT_DEPARTMENT,
                UnitLevel.COUNTY, DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.TOWNSHIP, "清河街道", UnitKind.TOWNSHIP, UnitLevel.TOWNSHIP, DemoDistrict.DISTRICT);
        assertUnit(DemoDistrict.TOWNSHIP_COMMAND_ROOM, "清河街道综合信息指挥室", UnitKind.TOWNSHIP_COMMAND_ROOM,
                UnitLevel.TOWNSHIP, DemoDistrict.TOWNSHIP);
        assertUnit("JZ-QH-T01-V01", "清河社区", UnitKind.COMMUNITY, UnitLevel.VILLAGE, DemoDistrict.TOWNSHIP);
        assertUnit(DemoDistrict.GRID, "清河社区第1网格", UnitKind.GRID, UnitLevel.VILLAGE, "JZ-QH-T01-V01");
        assertUnit("JZ-D10", "江州市生态环境局", UnitKind.GOVERNMENT_DEPARTMENT, UnitLevel.CITY, DemoDistrict.CITY);
        assertUnit("JZ-D11", "江州市城市管理局", UnitKind.GOVERNMENT_DEPARTMENT, UnitLevel.CITY, DemoDistrict.CITY);
    }

    @Test
    void shouldHaveAboutThirtyFiveDepartmentsEachWithOfficesIncludingOneOffice() {
        List<UnitSeed> departments = childrenOf(SCALE_1, DemoDistrict.DISTRICT).stream()
                .filter(unit -> unit.code().matches("JZ-QH-D\\d{2}"))
                .toList();
        assertTrue(departments.size() >= 30 && departments.size() <= 40, "departments: " + departments.size());
        for (UnitSeed department : departments) {
            assertTrue(DEPARTMENT_KINDS.contains(department.kind()), department.code());
            assertNotNull(department.category(), department.code());
            assertTrue(department.name().startsWith("清河区") || department.name().startsWith("共青团清河区"),
                    department.name());
            List<UnitSeed> offices = childrenOf(SCALE_1, department.code());
            assertTrue(offices.size() >= 3 && offices.size() <= 9, department.code() + ": " + offices.size());
            for (int k = 0; k < offices.size(); k++) {
                UnitSeed office = offices.get(k);
                assertEquals(UnitKind.INTERNAL_OFFICE, office.kind(), office.code());
                assertEquals(department.code() + "-K%02d".formatted(k + 1), office.code());
            }
            assertTrue(offices.stream().anyMatch(office -> office.name().equals("办公室")), department.code());
        }
        assertTrue(departments.stream().anyMatch(d -> d.kind() == UnitKind.PARTY_DEPARTMENT));
        assertTrue(departments.stream().anyMatch(d -> d.kind() == UnitKind.MASS_ORGANISATION));
        assertTrue(departments.stream().anyMatch(d -> d.kind() == UnitKind.PUBLIC_INSTITUTION));
    }

    @Test
    void shouldMirrorEveryDistrictDepartmentAtCityLevelWithoutOffices() {
        List<UnitSeed> departments = childrenOf(SCALE_1, DemoDistrict.DISTRICT).stream()
                .filter(unit -> unit.code().matches("JZ-QH-D\\d{2}"))
                .toList();
        for (UnitSeed department : departments) {
            String cityCode = DemoDistrict.cityCounterpart(department.code());
            UnitSeed city = BY_CODE.get(cityCode);
            assertNotNull(city, cityCode);
            assertEquals(DemoDistrict.CITY, city.parentCode());
            assertEquals(UnitLevel.CITY, city.level());
            assertEquals(department.kind(), city.kind(), cityCode);
            assertEquals(department.category(), city.category(), cityCode);
            assertTrue(city.name().contains("江州市"), city.name());
            assertTrue(childrenOf(SCALE_1, cityCode).isEmpty(), cityCode + " has children");
        }
        assertEquals("JZ-D10", DemoDistrict.cityCounterpart("JZ-Q7-D10"));
        assertThrows(IllegalArgumentException.class, () -> DemoDistrict.cityCounterpart("JZ-QH-D10-K01"));
    }

    @Test
    void shouldHaveTwentyTownshipsEachWithOneCommandRoomVillagesAndGrids() {
        List<UnitSeed> townships = SCALE_1.stream().filter(unit -> unit.kind() == UnitKind.TOWNSHIP).toList();
        assertEquals(20, townships.size());
        for (int t = 0; t < townships.size(); t++) {
            UnitSeed township = townships.get(t);
            assertEquals("JZ-QH-T%02d".formatted(t + 1), township.code());
            assertEquals(DemoDistrict.DISTRICT, township.parentCode());
            assertTrue(township.name().endsWith("街道") || township.name().endsWith("镇"), township.name());

            List<UnitSeed> children = childrenOf(SCALE_1, township.code());
            List<UnitSeed> rooms = children.stream()
                    .filter(unit -> unit.kind() == UnitKind.TOWNSHIP_COMMAND_ROOM).toList();
            assertEquals(1, rooms.size(), township.code());
            assertEquals(township.code() + "-ZH", rooms.get(0).code());

            List<UnitSeed> villages = children.stream()
                    .filter(unit -> unit.kind() == UnitKind.VILLAGE || unit.kind() == UnitKind.COMMUNITY).toList();
            assertEquals(children.size() - 1, villages.size(), township.code());
            assertTrue(villages.size() >= 6 && villages.size() <= 14, township.code() + ": " + villages.size());
            long communities = villages.stream().filter(unit -> unit.kind() == UnitKind.COMMUNITY).count();
            if (township.name().endsWith("街道")) {
                assertTrue(communities * 2 > villages.size(), township.code() + " should be mostly communities");
            } else {
                assertTrue(communities * 2 < villages.size(), township.code() + " should be mostly villages");
            }
            for (UnitSeed village : villages) {
                String suffix = village.kind() == UnitKind.COMMUNITY ? "社区" : "村";
                assertTrue(village.name().endsWith(suffix), village.name());
                List<UnitSeed> grids = childrenOf(SCALE_1, village.code());
                assertTrue(grids.size() >= 2 && grids.size() <= 4, village.code() + ": " + grids.size());
                for (UnitSeed grid : grids) {
                    assertEquals(UnitKind.GRID, grid.kind(), grid.code());
                    assertTrue(grid.name().startsWith(village.name()), grid.name());
                }
            }
        }
        assertTrue(townships.stream().anyMatch(unit -> unit.name().endsWith("街道")));
        assertTrue(townships.stream().anyMatch(unit -> unit.name().endsWith("镇")));
    }

    @Test
    void shouldKeepLevelsConsistentWithKinds() {
        List<UnitSeed> units = DemoDistrict.generate(3);
        Map<String, UnitSeed> byCode = byCode(units);
        for (UnitSeed unit : units) {
            UnitSeed parent = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
            UnitLevel expected = switch (unit.kind()) {
                case GRID, VILLAGE, COMMUNITY -> UnitLevel.VILLAGE;
                case TOWNSHIP, TOWNSHIP_COMMAND_ROOM -> UnitLevel.TOWNSHIP;
                case REGION_GOVERNMENT -> parent == null ? UnitLevel.CITY : UnitLevel.COUNTY;
                default -> parent.level();
            };
            assertEquals(expected, unit.level(), unit.code());
            switch (unit.kind()) {
                case GRID -> assertTrue(parent.kind() == UnitKind.VILLAGE || parent.kind() == UnitKind.COMMUNITY,
                        unit.code());
                case VILLAGE, COMMUNITY, TOWNSHIP_COMMAND_ROOM -> assertEquals(UnitKind.TOWNSHIP, parent.kind(),
                        unit.code());
                case INTERNAL_OFFICE -> assertTrue(DEPARTMENT_KINDS.contains(parent.kind()), unit.code());
                case REGION_GOVERNMENT -> assertTrue(parent == null || parent.kind() == UnitKind.REGION_GOVERNMENT,
                        unit.code());
                default -> assertEquals(UnitKind.REGION_GOVERNMENT, parent.kind(), unit.code());
            }
        }
    }

    @Test
    void shouldKeepNamesAndSortOrdersUniqueAmongSiblings() {
        List<UnitSeed> units = DemoDistrict.generate(10);
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<Integer>> sortOrders = new HashMap<>();
        for (UnitSeed unit : units) {
            String parent = String.valueOf(unit.parentCode());
            assertTrue(names.computeIfAbsent(parent, p -> new HashSet<>()).add(unit.name()),
                    () -> "duplicate name " + unit.name() + " under " + parent);
            assertTrue(sortOrders.computeIfAbsent(parent, p -> new HashSet<>()).add(unit.sortOrder()),
                    () -> "duplicate sort order " + unit.sortOrder() + " under " + parent);
        }
    }

    @Test
    void shouldGrowTheDistrictPartLinearly() {
        int cityPart = (int) SCALE_1.stream().filter(unit -> unit.level() == UnitLevel.CITY).count();
        int districtPart1 = SCALE_1.size() - cityPart;
        List<UnitSeed> scale3 = DemoDistrict.generate(3);
        int districtPart3 = scale3.size() - cityPart;
        double ratio = (double) districtPart3 / districtPart1;
        assertTrue(ratio > 2.6 && ratio < 3.4, "ratio " + ratio);

        List<UnitSeed> districts = childrenOf(scale3, DemoDistrict.CITY).stream()
                .filter(unit -> unit.kind() == UnitKind.REGION_GOVERNMENT).toList();
        assertEquals(List.of(DemoDistrict.DISTRICT, DemoDistrict.districtCode(2), DemoDistrict.districtCode(3)),
                districts.stream().map(UnitSeed::code).toList());
        for (UnitSeed district : districts) {
            assertTrue(district.name().startsWith("江州市") && district.name().endsWith("区人民政府"),
                    district.name());
            Set<UnitKind> kinds = childrenOf(scale3, district.code()).stream().map(UnitSeed::kind)
                    .collect(Collectors.toSet());
            assertTrue(kinds.containsAll(EnumSet.of(UnitKind.ESTABLISHMENT_OFFICE, UnitKind.ESTABLISHMENT_COMMITTEE,
                    UnitKind.COMMAND_CENTRE, UnitKind.DISCIPLINE_OFFICE, UnitKind.ORGANISATION_DEPARTMENT,
                    UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.TOWNSHIP)), district.code() + ": " + kinds);
        }
    }

    @Test
    void shouldRefuseScalesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> DemoDistrict.generate(0));
        assertThrows(IllegalArgumentException.class, () -> DemoDistrict.generate(DemoDistrict.MAX_SCALE + 1));
        assertFalse(DemoDistrict.generate(DemoDistrict.MAX_SCALE).isEmpty());
    }

    private static void assertUnit(String code, String name, UnitKind kind, UnitLevel level, String parentCode) {
        UnitSeed unit = BY_CODE.get(code);
        assertNotNull(unit, code);
        assertEquals(name, unit.name(), code);
        assertEquals(kind, unit.kind(), code);
        assertEquals(level, unit.level(), code);
        assertEquals(parentCode, unit.parentCode(), code);
    }

    private static List<UnitSeed> childrenOf(List<UnitSeed> units, String parentCode) {
        return units.stream().filter(unit -> parentCode.equals(unit.parentCode())).toList();
    }

    private static Map<String, UnitSeed> byCode(List<UnitSeed> units) {
        return units.stream().collect(Collectors.toMap(UnitSeed::code, Function.identity()));
    }
}

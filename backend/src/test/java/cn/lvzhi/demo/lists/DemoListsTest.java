package cn.lvzhi.demo.lists;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.demo.org.UnitSeed;
import cn.lvzhi.lists.ItemDetails.Boundary;
import cn.lvzhi.lists.ItemDetails.BoundaryScope;
import cn.lvzhi.lists.ItemDetails.Collaboration;
import cn.lvzhi.lists.ItemDetails.CollaborationKind;
import cn.lvzhi.lists.ItemDetails.DutyTask;
import cn.lvzhi.lists.ItemDetails.Party;
import cn.lvzhi.lists.ItemDetails.Power;
import cn.lvzhi.lists.ItemDetails.Step;
import cn.lvzhi.lists.ItemDetails.VillageKind;
import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DemoListsTest {

    private static final Set<UnitKind> DEPARTMENT_KINDS = EnumSet.of(UnitKind.GOVERNMENT_DEPARTMENT,
            UnitKind.PARTY_DEPARTMENT, UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION);
    private static final Set<UnitKind> VILLAGE_KINDS = EnumSet.of(UnitKind.VILLAGE, UnitKind.COMMUNITY);

    private static final List<UnitSeed> UNITS = DemoDistrict.generate(1);
    private static final Map<String, UnitSeed> UNIT_BY_CODE = UNITS.stream()
            .collect(Collectors.toMap(UnitSeed::code, Function.identity()));
    private static final List<ListItemSeed> ITEMS = DemoLists.generate(UNITS);

    private static List<ListItemSeed> ofKind(ListKind kind) {
        return ITEMS.stream().filter(item -> item.kind() == kind).toList();
    }

    private static UnitSeed unit(String code) {
        UnitSeed unit = UNIT_BY_CODE.get(code);
        assertNotNull(unit, () -> "unknown unit " + code);
        return unit;
    }

    private static boolean isQingheDepartment(String code) {
        UnitSeed unit = unit(code);
        return DEPARTMENT_KINDS.contains(unit.kind()) && DemoDistrict.DISTRICT.equals(unit.parentCode());
    }

    private static boolean isCityDepartment(String code) {
        UnitSeed unit = unit(code);
        return DEPARTMENT_KINDS.contains(unit.kind()) && DemoDistrict.CITY.equals(unit.parentCode());
    }

    private static boolean isQingheTownship(String code) {
        UnitSeed unit = unit(code);
        return unit.kind() == UnitKind.TOWNSHIP && DemoDistrict.DISTRICT.equals(unit.parentCode());
    }

    private static boolean isOfficeOf(String office, String department) {
        UnitSeed unit = unit(office);
        return unit.kind() == UnitKind.INTERNAL_OFFICE && department.equals(unit.parentCode());
    }

    private static void assertText(String text, String what) {
        assertNotNull(text, what);
        assertFalse(text.isBlank(), what);
    }

    private static void assertTexts(List<String> texts, String what) {
        assertNotNull(texts, what);
        assertFalse(texts.isEmpty(), what);
        texts.forEach(text -> assertText(text, what));
    }

    // --- general ------------------------------------------------------------------------------------------------

    @Test
    void shouldProduceTheSameItemsEveryTime() {
        assertEquals(ITEMS, DemoLists.generate(DemoDistrict.generate(1)));
    }

    @Test
    void shouldIgnoreFurtherDistricts() {
        assertEquals(ITEMS, DemoLists.generate(DemoDistrict.generate(3)));
    }

    @Test
    void shouldUseUniqueCodesPerKind() {
        for (ListKind kind : ListKind.values()) {
            List<ListItemSeed> items = ofKind(kind);
            Set<String> codes = items.stream().map(ListItemSeed::code).collect(Collectors.toSet());
            assertEquals(items.size(), codes.size(), "duplicate codes in " + kind);
            items.forEach(item -> assertTrue(item.code().length() <= 64, item.code()));
        }
    }

    @Test
    void shouldUseUniqueNamesPerKindAndOwner() {
        Set<String> seen = new HashSet<>();
        for (ListItemSeed item : ITEMS) {
            assertTrue(seen.add(item.kind() + "/" + item.unitCode() + "/" + item.name()),
                    () -> "duplicate name " + item.name() + " for " + item.kind() + " of " + item.unitCode());
        }
    }

    @Test
    void shouldReferOnlyToExistingUnits() {
        for (ListItemSeed item : ITEMS) {
            unit(item.unitCode());
            ItemDetails details = item.details();
            List<String> referenced = new ArrayList<>();
            if (details.dutyTask() != null) {
                details.dutyTask().steps().forEach(step -> referenced.add(step.actorUnitCode()));
            }
            if (details.boundary() != null) {
                details.boundary().cooperating().forEach(party -> referenced.add(party.unitCode()));
                referenced.addAll(details.boundary().responsibleOffices());
            }
            if (details.collaboration() != null) {
                details.collaboration().cooperating().forEach(party -> referenced.add(party.unitCode()));
                referenced.addAll(details.collaboration().responsibleOffices());
            }
            referenced.forEach(code -> assertTrue(UNIT_BY_CODE.containsKey(code),
                    () -> item.code() + " refers to unknown unit " + code));
        }
    }

    @Test
    void shouldUseOnlyQingheAndCityUnits() {
        for (ListItemSeed item : ITEMS) {
            assertTrue(item.unitCode().startsWith(DemoDistrict.DISTRICT + "-") || isCityDepartment(item.unitCode()),
                    item.code());
        }
    }

    @Test
    void shouldSetExactlyTheDetailsPartOfItsKind() {
        for (ListItemSeed item : ITEMS) {
            ItemDetails d = item.details();
            Map<ListKind, Object> parts = new EnumMap<>(ListKind.class);
            parts.put(ListKind.POWER, d.power());
            parts.put(ListKind.DUTY_TASK, d.dutyTask());
            parts.put(ListKind.BOUNDARY, d.boundary());
            parts.put(ListKind.TERRITORIAL, d.territorial());
            parts.put(ListKind.COLLABORATION, d.collaboration());
            parts.put(ListKind.VILLAGE, d.village());
            assertEquals(1, parts.values().stream().filter(Objects::nonNull).count(), item.code());
            assertNotNull(parts.get(item.kind()), item.code());
        }
    }

    @Test
    void shouldHaveNoEmptyNamesOrTexts() {
        for (ListItemSeed item : ITEMS) {
            String what = item.code();
            assertText(item.code(), what);
            assertText(item.name(), what);
            ItemDetails d = item.details();
            switch (item.kind()) {
                case POWER -> {
                    assertText(d.power().legalBasis(), what);
                    assertText(d.power().catalogueCode(), what);
                    assertTexts(d.power().supervisionDuties(), what);
                }
                case DUTY_TASK -> {
                    assertText(d.dutyTask().mandateDuty(), what);
                    assertText(d.dutyTask().workNorm(), what);
                    d.dutyTask().steps().forEach(step -> assertText(step.action(), what));
                }
                case BOUNDARY -> {
                    assertText(d.boundary().leadResponsibility(), what);
                    assertText(d.boundary().legalBasis(), what);
                    assertTexts(d.boundary().collaborationSteps(), what);
                    assertTexts(d.boundary().responsibleOffices(), what);
                    d.boundary().cooperating().forEach(party -> assertText(party.responsibility(), what));
                }
                case TERRITORIAL -> {
                    assertText(d.territorial().leadResponsibility(), what);
                    assertText(d.territorial().townshipResponsibility(), what);
                }
                case COLLABORATION -> {
                    assertText(d.collaboration().leadResponsibility(), what);
                    assertTexts(d.collaboration().workflow(), what);
                    assertTexts(d.collaboration().responsibleOffices(), what);
                    d.collaboration().cooperating().forEach(party -> assertText(party.responsibility(), what));
                }
                case VILLAGE -> assertText(d.village().task(), what);
            }
        }
    }

    // --- 权责清单 --------------------------------------------------------------------------------------------------

    private static List<ListItemSeed> countyPower() {
        return ofKind(ListKind.POWER).stream().filter(item -> !isCityDepartment(item.unitCode())).toList();
    }

    private static List<ListItemSeed> cityPower() {
        return ofKind(ListKind.POWER).stream().filter(item -> isCityDepartment(item.unitCode())).toList();
    }

    @Test
    void shouldGiveEveryDepartmentEightToTwentyFivePowerItems() {
        List<ListItemSeed> county = countyPower();
        assertTrue(county.size() >= 400 && county.size() <= 600, "county power items: " + county.size());
        county.forEach(item -> assertTrue(isQingheDepartment(item.unitCode()), item.code()));
        Map<String, Long> perCounty = county.stream()
                .collect(Collectors.groupingBy(ListItemSeed::unitCode, Collectors.counting()));
        Map<String, Long> perCity = cityPower().stream()
                .collect(Collectors.groupingBy(ListItemSeed::unitCode, Collectors.counting()));
        for (int d = 1; d <= 35; d++) {
            String countyCode = "JZ-QH-D%02d".formatted(d);
            String cityCode = DemoDistrict.cityCounterpart(countyCode);
            long countyItems = perCounty.getOrDefault(countyCode, 0L);
            long cityItems = perCity.getOrDefault(cityCode, 0L);
            assertTrue(countyItems >= 8 && countyItems <= 25, countyCode + ": " + countyItems);
            assertTrue(cityItems >= 8 && cityItems <= 25, cityCode + ": " + cityItems);
        }
    }

    @Test
    void shouldDescribeEveryPowerItemCompletely() {
        for (ListItemSeed item : ofKind(ListKind.POWER)) {
            Power power = item.details().power();
            boolean city = isCityDepartment(item.unitCode());
            String department = city ? item.unitCode().substring(3) : item.unitCode().substring(6);
            assertTrue(item.code().matches((city ? "JZ-" : "QH-") + department + "-QL-\\d{4}"), item.code());
            assertTrue(power.catalogueCode().matches(DemoLists.CATALOGUE_REGION + "-[A-Z]+-[A-Z]{2}-\\d{4}"),
                    power.catalogueCode());
            assertNotNull(power.type(), item.code());
            assertTrue(power.supervisionDuties().size() >= 1 && power.supervisionDuties().size() <= 4, item.code());
            if (city) {
                assertEquals(UnitLevel.CITY, power.level(), item.code());
            } else {
                assertTrue(power.level() == UnitLevel.COUNTY || power.level() == UnitLevel.TOWNSHIP, item.code());
            }
        }
        long township = countyPower().stream()
                .filter(item -> item.details().power().level() == UnitLevel.TOWNSHIP).count();
        assertTrue(township > 0 && township < 10, "a few county items are delegated to townships: " + township);
        Set<PowerType> types = ofKind(ListKind.POWER).stream().map(item -> item.details().power().type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PowerType.class)));
        assertEquals(EnumSet.allOf(PowerType.class), types, "every power type occurs");
    }

    @Test
    void shouldUseEachCatalogueCodeOncePerSide() {
        for (List<ListItemSeed> side : List.of(countyPower(), cityPower())) {
            Set<String> codes = new HashSet<>();
            side.forEach(item -> assertTrue(codes.add(item.details().power().catalogueCode()),
                    () -> "catalogue code twice: " + item.details().power().catalogueCode()));
        }
    }

    /** What the comparison (上下联动) finds, computed from the data; keys are catalogue codes. */
    private record Comparison(Set<String> extra, Set<String> missing, Set<String> typeDiffers,
                              Set<String> levelDiffers, int matched) {
    }

    private static Comparison compare() {
        Map<String, Map<String, Power>> countyByDepartment = new HashMap<>();
        countyPower().forEach(item -> countyByDepartment.computeIfAbsent(item.unitCode(), k -> new HashMap<>())
                .put(item.details().power().catalogueCode(), item.details().power()));
        Map<String, Map<String, Power>> cityByDepartment = new HashMap<>();
        cityPower().forEach(item -> cityByDepartment.computeIfAbsent(item.unitCode(), k -> new HashMap<>())
                .put(item.details().power().catalogueCode(), item.details().power()));
        Set<String> extra = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        Set<String> typeDiffers = new TreeSet<>();
        Set<String> levelDiffers = new TreeSet<>();
        int matched = 0;
        for (var entry : countyByDepartment.entrySet()) {
            Map<String, Power> county = entry.getValue();
            Map<String, Power> city = cityByDepartment.getOrDefault(
                    DemoDistrict.cityCounterpart(entry.getKey()), Map.of());
            for (var countyItem : county.entrySet()) {
                Power cityItem = city.get(countyItem.getKey());
                if (cityItem == null) {
                    extra.add(countyItem.getKey());
                    continue;
                }
                matched++;
                if (cityItem.type() != countyItem.getValue().type()) {
                    typeDiffers.add(countyItem.getKey());
                }
                // the county implements at county level what the city implements at city level
                if (!(countyItem.getValue().level() == UnitLevel.COUNTY && cityItem.level() == UnitLevel.CITY)) {
                    levelDiffers.add(countyItem.getKey());
                }
            }
            city.keySet().stream().filter(code -> !county.containsKey(code)).forEach(missing::add);
        }
        return new Comparison(extra, missing, typeDiffers, levelDiffers, matched);
    }

    @Test
    void shouldContainTheDocumentedCityCountyDifferences() {
        Comparison comparison = compare();
        assertEquals(Set.of("320999-STHJ-JC-0005", "320999-CSGL-QT-0002", "320999-NYNC-CF-0005"),
                comparison.extra(), "county items the city lacks");
        assertEquals(Set.of("320999-ZJ-XK-0003", "320999-STHJ-XK-0002", "320999-JTYS-XK-0004",
                "320999-YJGL-XK-0003", "320999-SCJG-XK-0003"), comparison.missing(), "city items the county lacks");
        assertEquals(Set.of("320999-STHJ-JC-0004", "320999-CSGL-QT-0001", "320999-SCJG-JC-0004"),
                comparison.typeDiffers(), "matching items of another type");
        assertEquals(Set.of("320999-ZRZY-XK-0003", "320999-CSGL-CF-0004", "320999-CSGL-CF-0005",
                "320999-NYNC-XK-0006"), comparison.levelDiffers(), "matching items at another level");
        assertTrue(comparison.matched() > 400, "most items match: " + comparison.matched());
    }

    @Test
    void shouldNameTheDocumentedDifferencesAsTheJavadocSays() {
        Map<String, String> countyNames = countyPower().stream()
                .collect(Collectors.toMap(item -> item.details().power().catalogueCode(), ListItemSeed::name));
        Map<String, String> cityNames = cityPower().stream()
                .collect(Collectors.toMap(item -> item.details().power().catalogueCode(), ListItemSeed::name));
        assertEquals("对农村村民非法占用土地建住宅的处罚", countyNames.get("320999-NYNC-CF-0005"));
        assertEquals("排污许可证核发", cityNames.get("320999-STHJ-XK-0002"));
        assertEquals("对企业公示信息的抽查", countyNames.get("320999-SCJG-JC-0004"));
        assertEquals("农村村民宅基地审批", countyNames.get("320999-NYNC-XK-0006"));
        assertEquals("对建筑工地夜间施工噪声的处罚", countyNames.get("320999-CSGL-CF-0001"));
        assertEquals("对超标排放大气污染物的处罚", cityNames.get("320999-STHJ-CF-0001"));
        assertEquals("建设项目环境影响报告书（表）审批", countyNames.get("320999-STHJ-XK-0001"));
    }

    // --- 职责任务清单 ----------------------------------------------------------------------------------------------

    @Test
    void shouldBreakEveryOfficeOfSixDepartmentsIntoTwoToFiveTasks() {
        List<ListItemSeed> tasks = ofKind(ListKind.DUTY_TASK);
        Map<String, Long> perOffice = tasks.stream()
                .collect(Collectors.groupingBy(ListItemSeed::unitCode, Collectors.counting()));
        Set<String> departments = perOffice.keySet().stream().map(office -> unit(office).parentCode())
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(DemoLists.DUTY_TASK_DEPARTMENTS), departments);
        assertEquals(6, departments.size());
        assertTrue(departments.containsAll(Set.of(DemoDistrict.ENVIRONMENT, DemoDistrict.URBAN_MANAGEMENT)));
        for (String department : departments) {
            assertTrue(isQingheDepartment(department), department);
            List<UnitSeed> offices = UNITS.stream()
                    .filter(u -> u.kind() == UnitKind.INTERNAL_OFFICE && department.equals(u.parentCode())).toList();
            for (UnitSeed office : offices) {
                long count = perOffice.getOrDefault(office.code(), 0L);
                assertTrue(count >= 2 && count <= 5, office.code() + ": " + count);
            }
        }
    }

    @Test
    void shouldGiveEveryTaskOrderedStepsWithinItsDepartment() {
        for (ListItemSeed item : ofKind(ListKind.DUTY_TASK)) {
            DutyTask task = item.details().dutyTask();
            String department = unit(item.unitCode()).parentCode();
            assertEquals(UnitKind.INTERNAL_OFFICE, unit(item.unitCode()).kind(), item.code());
            assertTrue(task.steps().size() >= 3 && task.steps().size() <= 6, item.code());
            for (int i = 0; i < task.steps().size(); i++) {
                Step step = task.steps().get(i);
                assertEquals(i + 1, step.order(), item.code());
                assertTrue(isOfficeOf(step.actorUnitCode(), department), item.code() + " " + step.actorUnitCode());
                assertTrue(step.timeLimitDays() != null && step.timeLimitDays() > 0, item.code());
            }
            assertTrue(task.steps().stream().anyMatch(step -> step.actorUnitCode().equals(item.unitCode())),
                    "the office itself acts in " + item.code());
        }
    }

    // --- 职责边界清单 ----------------------------------------------------------------------------------------------

    @Test
    void shouldListThirtyToFiftyBoundariesOfEveryScope() {
        List<ListItemSeed> boundaries = ofKind(ListKind.BOUNDARY);
        assertTrue(boundaries.size() >= 30 && boundaries.size() <= 50, "boundaries: " + boundaries.size());
        Map<BoundaryScope, Long> perScope = boundaries.stream()
                .collect(Collectors.groupingBy(item -> item.details().boundary().scope(), Collectors.counting()));
        assertEquals(EnumSet.allOf(BoundaryScope.class), perScope.keySet());
        assertTrue(perScope.get(BoundaryScope.INTER_DEPARTMENT) > boundaries.size() / 2, "mostly inter-department");
        for (ListItemSeed item : boundaries) {
            Boundary boundary = item.details().boundary();
            assertTrue(boundary.batch() == 1 || boundary.batch() == 2, item.code());
            assertNull(boundary.originDisputeCode(), item.code());
            assertFalse(boundary.cooperating().isEmpty(), item.code());
            boundary.responsibleOffices().forEach(office ->
                    assertEquals(UnitKind.INTERNAL_OFFICE, unit(office).kind(), item.code() + " " + office));
            switch (boundary.scope()) {
                case INTER_DEPARTMENT -> {
                    assertTrue(isQingheDepartment(item.unitCode()), item.code());
                    for (Party party : boundary.cooperating()) {
                        assertTrue(isQingheDepartment(party.unitCode()), item.code() + " " + party.unitCode());
                        assertNotEquals(item.unitCode(), party.unitCode(), item.code());
                    }
                }
                case INTER_OFFICE -> {
                    UnitSeed lead = unit(item.unitCode());
                    assertEquals(UnitKind.INTERNAL_OFFICE, lead.kind(), item.code());
                    for (Party party : boundary.cooperating()) {
                        assertTrue(isOfficeOf(party.unitCode(), lead.parentCode()), item.code());
                        assertNotEquals(item.unitCode(), party.unitCode(), item.code());
                    }
                }
                case COUNTY_TOWNSHIP -> {
                    assertTrue(isQingheDepartment(item.unitCode()), item.code());
                    boundary.cooperating().forEach(party ->
                            assertTrue(isQingheTownship(party.unitCode()), item.code() + " " + party.unitCode()));
                }
            }
        }
    }

    @Test
    void shouldContainTheSeedsConstructionNoiseExample() {
        List<ListItemSeed> matches = ofKind(ListKind.BOUNDARY).stream()
                .filter(item -> item.name().equals("建筑工地噪声污染监管")).toList();
        assertEquals(1, matches.size());
        ListItemSeed noise = matches.get(0);
        assertEquals(DemoDistrict.ENVIRONMENT, noise.unitCode());
        Boundary boundary = noise.details().boundary();
        assertEquals(BoundaryScope.INTER_DEPARTMENT, boundary.scope());
        assertTrue(boundary.cooperating().stream().anyMatch(party ->
                party.unitCode().equals(DemoDistrict.URBAN_MANAGEMENT) && !party.responsibility().isBlank()));
        assertText(boundary.leadResponsibility(), "lead responsibility");
        assertTrue(boundary.responsibleOffices().stream()
                .anyMatch(office -> isOfficeOf(office, DemoDistrict.ENVIRONMENT)));
        assertTrue(boundary.responsibleOffices().stream()
                .anyMatch(office -> isOfficeOf(office, DemoDistrict.URBAN_MANAGEMENT)));
    }

    @Test
    void shouldCoverTheClassicGreyZones() {
        String names = ofKind(ListKind.BOUNDARY).stream().map(ListItemSeed::name).collect(Collectors.joining("|"));
        for (String zone : List.of("占道经营", "违章搭建", "餐饮油烟", "流浪犬只", "河道垃圾", "渣土运输",
                "电动自行车充电", "群租房")) {
            assertTrue(names.contains(zone), zone);
        }
    }

    // --- 属地管理事项清单 -------------------------------------------------------------------------------------------

    @Test
    void shouldListFortyToSixtyTerritorialItemsLedByDepartments() {
        List<ListItemSeed> items = ofKind(ListKind.TERRITORIAL);
        assertTrue(items.size() >= 40 && items.size() <= 60, "territorial items: " + items.size());
        items.forEach(item -> assertTrue(isQingheDepartment(item.unitCode()), item.code()));
        long custom = items.stream().filter(item -> item.details().territorial().custom()).count();
        assertTrue(custom >= 1 && custom <= 10, "a few local items: " + custom);
        items.forEach(item -> assertTrue(item.details().territorial().leadResponsibility().contains("兜底"),
                item.code()));
    }

    // --- “一件事”协同清单 ----------------------------------------------------------------------------------------

    @Test
    void shouldListJointSupervisionAndJointServiceWithAllSevenElements() {
        List<ListItemSeed> items = ofKind(ListKind.COLLABORATION);
        Map<CollaborationKind, Long> perKind = items.stream()
                .collect(Collectors.groupingBy(item -> item.details().collaboration().kind(), Collectors.counting()));
        long supervision = perKind.getOrDefault(CollaborationKind.JOINT_SUPERVISION, 0L);
        long service = perKind.getOrDefault(CollaborationKind.JOINT_SERVICE, 0L);
        assertTrue(supervision >= 25 && supervision <= 35, "joint supervision: " + supervision);
        assertTrue(service >= 12 && service <= 18, "joint service: " + service);
        for (ListItemSeed item : items) {
            Collaboration collaboration = item.details().collaboration();
            assertTrue(isQingheDepartment(item.unitCode()), item.code());
            assertFalse(collaboration.cooperating().isEmpty(), item.code());
            for (Party party : collaboration.cooperating()) {
                assertTrue(isQingheDepartment(party.unitCode()) || isQingheTownship(party.unitCode()),
                        item.code() + " " + party.unitCode());
                assertNotEquals(item.unitCode(), party.unitCode(), item.code());
            }
            assertTrue(collaboration.responsibleOffices().stream().anyMatch(o -> isOfficeOf(o, item.unitCode())),
                    "the lead department's office is responsible in " + item.code());
            collaboration.responsibleOffices().forEach(office ->
                    assertEquals(UnitKind.INTERNAL_OFFICE, unit(office).kind(), item.code()));
            assertTrue(collaboration.workflow().size() >= 3, item.code());
        }
        Set<String> names = items.stream().map(ListItemSeed::name).collect(Collectors.toSet());
        assertTrue(names.stream().anyMatch(name -> name.startsWith("餐饮店开办")));
        assertTrue(names.contains("建筑垃圾全链条监管"));
        assertTrue(items.stream().anyMatch(item -> item.details().collaboration().cooperating().stream()
                .anyMatch(party -> isQingheTownship(party.unitCode()))), "townships co-operate on some items");
    }

    // --- 村级清单 -------------------------------------------------------------------------------------------------

    @Test
    void shouldListStatutoryAndAssistingItemsForEveryVillageOfTwoTownships() {
        Map<String, Map<VillageKind, Long>> perVillage = new HashMap<>();
        for (ListItemSeed item : ofKind(ListKind.VILLAGE)) {
            UnitSeed village = unit(item.unitCode());
            assertTrue(VILLAGE_KINDS.contains(village.kind()), item.code());
            assertTrue(DemoLists.VILLAGE_LIST_TOWNSHIPS.contains(village.parentCode()), item.code());
            perVillage.computeIfAbsent(item.unitCode(), k -> new EnumMap<>(VillageKind.class))
                    .merge(item.details().village().kind(), 1L, Long::sum);
        }
        Set<String> expectedVillages = UNITS.stream()
                .filter(u -> VILLAGE_KINDS.contains(u.kind()))
                .filter(u -> Set.of("JZ-QH-T01", "JZ-QH-T09").contains(u.parentCode()))
                .map(UnitSeed::code).collect(Collectors.toSet());
        assertEquals(expectedVillages, perVillage.keySet());
        perVillage.forEach((village, counts) -> {
            long statutory = counts.getOrDefault(VillageKind.STATUTORY, 0L);
            long assisting = counts.getOrDefault(VillageKind.ASSISTING, 0L);
            assertTrue(statutory >= 7 && statutory <= 9, village + " statutory " + statutory);
            assertTrue(assisting >= 9 && assisting <= 11, village + " assisting " + assisting);
        });
    }

    @Test
    void shouldOwnEveryItemByAUnitOfTheRightKind() {
        for (ListItemSeed item : ITEMS) {
            UnitSeed owner = unit(item.unitCode());
            boolean ok = switch (item.kind()) {
                case POWER, TERRITORIAL, COLLABORATION ->
                        DEPARTMENT_KINDS.contains(owner.kind());
                case DUTY_TASK -> owner.kind() == UnitKind.INTERNAL_OFFICE;
                case BOUNDARY -> DEPARTMENT_KINDS.contains(owner.kind()) || owner.kind() == UnitKind.INTERNAL_OFFICE;
                case VILLAGE -> VILLAGE_KINDS.contains(owner.kind());
            };
            if (!ok) {
                fail(item.code() + " owned by " + owner.kind());
            }
        }
        assertTrue(Stream.of(ListKind.values()).allMatch(kind -> !ofKind(kind).isEmpty()), "every list has items");
    }
}

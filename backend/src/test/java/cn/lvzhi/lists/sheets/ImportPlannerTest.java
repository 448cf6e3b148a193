package cn.lvzhi.lists.sheets;

import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListPolicy;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an import does with each row, decided without a database. */
class ImportPlannerTest {
    static final ScopedActor BIANBAN = ScopedActor.of(new Actor("s", "bianban", "编办", false, 5, "JZ-QH-BB",
            Set.of(Role.ESTABLISHMENT_OFFICE)), UnitKind.ESTABLISHMENT_OFFICE, "/1/2/5/", "/1/2/");
    static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        unit(10, "JZ-QH-D10", UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/");
        unit(11, "JZ-QH-D11", UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/11/");
        unit(101, "JZ-QH-D10-K01", UnitKind.INTERNAL_OFFICE, "/1/2/10/101/");
        unit(30, "JZ-D10", UnitKind.GOVERNMENT_DEPARTMENT, "/1/30/");
        unit(60, "JZ-QH-T01-V01", UnitKind.VILLAGE, "/1/2/50/60/");
    }

    static void unit(long id, String code, UnitKind kind, String path) {
        Unit u = new Unit();
        u.id = id;
        u.code = code;
        u.name = "单位" + code;
        u.kind = kind;
        u.path = path;
        UNITS.put(code, u);
    }

    static ListSheet.ReadRow row(int n, String code, String unitCode) {
        ListSheet.Entry sample = ListSheetTest.sample(ListKind.POWER);
        return new ListSheet.ReadRow(n, new ListSheet.Entry(code, sample.name(), unitCode, sample.details()), List.of());
    }

    static ImportPlanner.Existing published(long id, String code, String unitCode, Long pending) {
        ListSheet.Entry sample = ListSheetTest.sample(ListKind.POWER);
        return new ImportPlanner.Existing(id, code, ItemStatus.PUBLISHED, 3, sample.name(), unitCode, sample.details(), pending);
    }

    @Test
    void newRowsAreAddedChangedOnesVersionedEqualOnesLeftAlone() {
        List<ListSheet.ReadRow> rows = List.of(row(3, "A-1", "JZ-QH-D10"), row(4, "A-2", "JZ-QH-D10"), row(5, "A-3", "JZ-QH-D11"));
        Map<String, ImportPlanner.Existing> existing = Map.of(
                "A-2", published(2, "A-2", "JZ-QH-D10", null),
                "A-3", published(3, "A-3", "JZ-QH-D10", null));
        ImportPlanner.Plan plan = ImportPlanner.plan(BIANBAN, ListKind.POWER, rows, UNITS, existing);
        assertTrue(plan.valid(), () -> plan.errors().toString());
        assertEquals(List.of("A-1"), plan.additions().stream().map(w -> w.entry().code()).toList());
        assertEquals(List.of("A-3"), plan.changes().stream().map(w -> w.entry().code()).toList(), "a new owner is a change");
        assertEquals(11L, plan.changes().get(0).unitId());
        assertEquals(1, plan.unchanged());
    }

    @Test
    void aRetiredItemInTheSheetIsPublishedAgain() {
        ImportPlanner.Existing retired = new ImportPlanner.Existing(2, "A-2", ItemStatus.RETIRED, 3, "测试事项", "JZ-QH-D10",
                ListSheetTest.sample(ListKind.POWER).details(), null);
        ImportPlanner.Plan plan = ImportPlanner.plan(BIANBAN, ListKind.POWER, List.of(row(3, "A-2", "JZ-QH-D10")), UNITS,
                Map.of("A-2", retired));
        assertEquals(1, plan.changes().size());
    }

    @Test
    void everyProblemIsReportedWithItsRowAndColumn() {
        List<ListSheet.ReadRow> rows = new ArrayList<>(List.of(
                row(3, "A-1", "JZ-QH-D10"),
                row(4, "A-1", "JZ-QH-D10"),
                row(5, "A-5", "JZ-QH-D99"),
                row(6, "A-6", "JZ-D10"),
                row(7, "A-7", "JZ-QH-D10-K01"),
                row(8, "A-8", "JZ-QH-D10"),
                new ListSheet.ReadRow(9, null, List.of(new ImportError(9, ListSheet.NAME, "必填项为空")))));
        ImportPlanner.Plan plan = ImportPlanner.plan(BIANBAN, ListKind.POWER, rows, UNITS,
                Map.of("A-8", published(8, "A-8", "JZ-QH-D10", 77L)));
        assertEquals(List.of(
                "4 事项编码 与第 3 行的事项编码 A-1 重复",
                "5 实施主体编码 单位编码 JZ-QH-D99 不存在",
                "6 实施主体编码 单位JZ-D10：" + ListPolicy.OUTSIDE_REGION,
                "7 实施主体编码 单位JZ-QH-D10-K01（JZ-QH-D10-K01）不能作为权责清单的实施主体",
                "8 事项编码 事项 A-8 有待审核的调整申请（编号 77），请先审核或撤回后再导入",
                "9 事项名称 必填项为空"),
                plan.errors().stream().map(e -> e.row() + " " + e.column() + " " + e.reason()).sorted().toList());
        assertEquals(1, plan.additions().size(), "only the first A-1 would have been added");
    }

    @Test
    void unitsNamedInsideCellsMustExist() {
        ListSheet.Entry sample = ListSheetTest.sample(ListKind.BOUNDARY);
        ImportPlanner.Plan plan = ImportPlanner.plan(BIANBAN, ListKind.BOUNDARY,
                List.of(new ListSheet.ReadRow(3, sample, List.of())), UNITS, Map.of());
        assertEquals(List.of("3 配合单位及职责 单位编码 JZ-QH-D09 不存在"),
                plan.errors().stream().map(e -> e.row() + " " + e.column() + " " + e.reason()).toList());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheEstablishmentOfficeImports(Role role) {
        ScopedActor actor = ScopedActor.of(new Actor("s", "u", "用户", false, 5, "X", Set.of(role)),
                UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/5/", "/1/2/");
        assertEquals(role == Role.ESTABLISHMENT_OFFICE, ListPolicy.importList(actor).allowed());
    }
}

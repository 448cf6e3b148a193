package cn.lvzhi.tracking;

import cn.lvzhi.common.SheetCells.CellError;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matter import's decisions without a database: match by (unit, 批复文号, 事项类型), duplicates, region. */
class MatterImportPlannerTest {
    static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    static final Map<String, Unit> UNITS = Map.of("JZ-QH-D10", unit(10, "JZ-QH-D10", "/1/2/10/"), "JZ-D10", unit(30, "JZ-D10", "/1/30/"));

    static Unit unit(long id, String code, String path) {
        Unit u = new Unit();
        u.id = id;
        u.code = code;
        u.name = "单位" + code;
        u.kind = UnitKind.GOVERNMENT_DEPARTMENT;
        u.path = path;
        return u;
    }

    static MatterSheet.ReadRow row(int n, String unit, MatterKind kind, String doc, String content) {
        return new MatterSheet.ReadRow(n, new MatterSheet.Entry(unit, kind, doc, DAY, content), List.of());
    }

    static MatterImportPlanner.Plan plan(String who, List<MatterSheet.ReadRow> rows, List<MatterImportPlanner.Existing> existing) {
        return MatterImportPlanner.plan(TestActors.of(who), rows, UNITS, existing);
    }

    @Test
    void matchesByUnitDocumentAndKind() {
        List<MatterImportPlanner.Existing> existing = List.of(
                new MatterImportPlanner.Existing(1, 10, MatterKind.SET_UP, "A号", DAY, "内容"),
                new MatterImportPlanner.Existing(2, 10, MatterKind.CHANGE, "A号", DAY, "旧内容"));
        MatterImportPlanner.Plan p = plan("bianban", List.of(
                row(2, "JZ-QH-D10", MatterKind.SET_UP, "A号", "内容"),
                row(3, "JZ-QH-D10", MatterKind.CHANGE, "A号", "新内容"),
                row(4, "JZ-QH-D10", MatterKind.MERGE, "A号", "内容")), existing);
        assertTrue(p.valid());
        assertEquals(1, p.unchanged());
        assertEquals(List.of(2L), p.updates().stream().map(MatterImportPlanner.Write::existingId).toList());
        assertEquals(List.of(4), p.creations().stream().map(MatterImportPlanner.Write::row).toList());
    }

    @Test
    void refusesDuplicatesOtherRegionsAndAmbiguousMatches() {
        List<MatterImportPlanner.Existing> twins = List.of(
                new MatterImportPlanner.Existing(1, 10, MatterKind.ABOLISH, "B号", DAY, "x"),
                new MatterImportPlanner.Existing(2, 10, MatterKind.ABOLISH, "B号", DAY, "y"));
        MatterImportPlanner.Plan p = plan("bianban", List.of(
                row(2, "JZ-QH-D10", MatterKind.SET_UP, "A号", "内容"),
                row(3, "JZ-QH-D10", MatterKind.SET_UP, "A号", "内容"),
                row(4, "JZ-D10", MatterKind.SET_UP, "A号", "内容"),
                row(5, "JZ-QH-D99", MatterKind.SET_UP, "A号", "内容"),
                row(6, "JZ-QH-D10", MatterKind.ABOLISH, "B号", "内容")), twins);
        assertEquals(List.of(3, 4, 5, 6), p.errors().stream().map(CellError::row).toList());
        assertEquals(List.of("批复文号", "单位", "单位", "批复文号"), p.errors().stream().map(CellError::column).toList());
        assertEquals(p.errors().get(1).message().replace("JZ-D10", "X"), p.errors().get(2).message().replace("JZ-QH-D99", "X"),
                "another region's unit and a missing one read alike");
    }

    @Test
    void anotherRegionsOfficeManagesNoneOfTheseUnits() {
        MatterImportPlanner.Plan p = plan("otherBianban", List.of(row(2, "JZ-QH-D10", MatterKind.SET_UP, "A号", "内容")), List.of());
        assertEquals(1, p.errors().size());
    }
}

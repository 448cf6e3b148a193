package cn.lvzhi.lists.sheets;

import cn.lvzhi.lists.ItemDetails.Boundary;
import cn.lvzhi.lists.ItemDetails.BoundaryScope;
import cn.lvzhi.lists.ItemDetails.Collaboration;
import cn.lvzhi.lists.ItemDetails.CollaborationKind;
import cn.lvzhi.lists.ItemDetails.DutyTask;
import cn.lvzhi.lists.ItemDetails.Party;
import cn.lvzhi.lists.ItemDetails.Power;
import cn.lvzhi.lists.ItemDetails.Step;
import cn.lvzhi.lists.ItemDetails.Territorial;
import cn.lvzhi.lists.ItemDetails.Village;
import cn.lvzhi.lists.ItemDetails.VillageKind;
import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.UnitLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every list's sheet form reads back into the same item, and a bad cell is reported by row, column and reason. */
class ListSheetTest {
    static final ListSheet.UnitNames NAMES = code -> "某单位（" + code + "）";

    static ListSheet.Entry sample(ListKind kind) {
        ItemDetails d = switch (kind) {
            case POWER -> new ItemDetails(new Power(PowerType.PENALTY, "《中华人民共和国噪声污染防治法》第七十七条", UnitLevel.COUNTY,
                    "PROV-CF-0001", List.of("对违法行为立案调查", "依法作出处罚决定")), null, null, null, null, null);
            case DUTY_TASK -> new ItemDetails(null, new DutyTask("负责生态环境监督执法", List.of(
                    new Step(1, "JZ-QH-D10-K01", "受理申请（含补正）", 2), new Step(2, "JZ-QH-D10-K02", "审查：现场核查", null)),
                    "一次性告知补正内容"), null, null, null, null);
            case BOUNDARY -> new ItemDetails(null, null, new Boundary(BoundaryScope.INTER_DEPARTMENT, "负责噪声监测和查处",
                    List.of(new Party("JZ-QH-D11", "负责夜间施工审批"), new Party("JZ-QH-D09", null)), List.of("JZ-QH-D10-K01"),
                    List.of("接报后两小时内到场", "联合执法"), "《噪声污染防治法》", 2, null), null, null, null);
            case TERRITORIAL -> new ItemDetails(null, null, null, new Territorial("牵头并兜底", "发现并报告", true), null, null);
            case COLLABORATION -> new ItemDetails(null, null, null, null, new Collaboration(CollaborationKind.JOINT_SUPERVISION,
                    "牵头组织", List.of(new Party("JZ-QH-T01", "属地巡查")), List.of(), List.of("发现", "处置", "反馈")), null);
            case VILLAGE -> new ItemDetails(null, null, null, null, null, new Village(VillageKind.ASSISTING, "协助开展人口普查"));
        };
        return new ListSheet.Entry("T-" + kind.name().replace('_', '-') + "-0001", "测试事项", "JZ-QH-D10", d);
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void everyListReadsBackWhatItWrote(ListKind kind) {
        ListSheet.Entry entry = sample(kind);
        Map<String, String> cells = ListSheet.cells(kind, entry, NAMES);
        assertEquals(ListSheet.headers(kind).subList(1, ListSheet.headers(kind).size() - 1), List.copyOf(cells.keySet()),
                "cells follow the export columns");
        ListSheet.ReadRow row = ListSheet.read(kind, 7, cells);
        assertEquals(List.of(), row.errors());
        assertEquals(entry, row.entry());
    }

    @Test
    void unitsAreReadByTheCodeInBrackets() {
        assertEquals("JZ-QH-D11", ListSheet.unitCode("清河区城市管理局（JZ-QH-D11）"));
        assertEquals("JZ-QH-D11", ListSheet.unitCode("清河区城市管理局(JZ-QH-D11)"));
        assertEquals("JZ-QH-D11", ListSheet.unitCode(" JZ-QH-D11 "));
        assertNull(ListSheet.unitCode("清河区城市管理局"));
    }

    @Test
    void everyBadCellOfARowIsReportedWithItsColumn() {
        Map<String, String> cells = new HashMap<>(ListSheet.cells(ListKind.POWER, sample(ListKind.POWER), NAMES));
        cells.put(ListSheet.CODE, "编码 有空格");
        cells.put(ListSheet.NAME, "");
        cells.put("权力类型", "行政指导");
        cells.put("实施层级", "省级");
        cells.put("实施主体编码", "生态环境局");
        ListSheet.ReadRow row = ListSheet.read(ListKind.POWER, 12, cells);
        assertNull(row.entry());
        assertEquals(List.of(ListSheet.CODE, ListSheet.NAME, "实施主体编码", "权力类型", "实施层级"),
                row.errors().stream().map(ImportError::column).toList());
        assertTrue(row.errors().stream().allMatch(e -> e.row() == 12));
        assertTrue(row.errors().get(3).reason().contains("行政许可、") || row.errors().get(3).reason().contains("行政许可"),
                "the reason lists the valid values: " + row.errors().get(3).reason());
        assertEquals("必填项为空", row.errors().get(1).reason());
    }

    @Test
    void malformedStructuredCellsAreReported() {
        Map<String, String> boundary = new HashMap<>(ListSheet.cells(ListKind.BOUNDARY, sample(ListKind.BOUNDARY), NAMES));
        boundary.put("配合单位及职责", "城市管理局负责审批");
        boundary.put("批次", "第二批");
        Map<String, String> task = new HashMap<>(ListSheet.cells(ListKind.DUTY_TASK, sample(ListKind.DUTY_TASK), NAMES));
        task.put("工作流程", "先受理，再审查");
        Map<String, String> territorial = new HashMap<>(ListSheet.cells(ListKind.TERRITORIAL, sample(ListKind.TERRITORIAL), NAMES));
        territorial.put("个性化事项", "也许");
        assertEquals(List.of("配合单位及职责", "批次"),
                ListSheet.read(ListKind.BOUNDARY, 3, boundary).errors().stream().map(ImportError::column).toList());
        assertEquals(List.of("工作流程"), ListSheet.read(ListKind.DUTY_TASK, 3, task).errors().stream().map(ImportError::column).toList());
        task.put("工作流程", "99999999999. 综合科（JZ-QH-D10-K01）：受理（99999999999个工作日）");
        assertEquals(List.of("工作流程"), ListSheet.read(ListKind.DUTY_TASK, 3, task).errors().stream().map(ImportError::column).toList(),
                "an absurd number is a cell error, not a crash");
        assertEquals(List.of("个性化事项"), ListSheet.read(ListKind.TERRITORIAL, 3, territorial).errors().stream().map(ImportError::column).toList());
    }
}

package cn.lvzhi.cases.sheets;

import cn.lvzhi.cases.basis.BasisReport;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.lists.PowerItems;

import java.util.ArrayList;
import java.util.List;

/** The legal-basis reports (办理依据报表) as one workbook: a sheet per report, each titled with the scope and period. */
final class BasisSheets {
    private BasisSheets() {
    }

    static byte[] workbook(String scope, BasisReport r) {
        String rate = r.namedRate() == null ? "—" : CaseSheets.percent(r.namedRate()) + "%";
        String summary = scope + "（办件 " + r.handledCases() + " 件，已填依据 " + r.namedCases() + " 件，填报率 " + rate + "）";
        List<String> itemHeaders = List.of("序号", "承办部门", "事项编码", "事项名称", "权力类型", "案件数", "派单数");
        return SheetWriter.workbook(List.of(
                new SheetWriter.Sheet("未行使的权责事项", "未行使的权责事项 — " + summary, itemHeaders.subList(0, 5),
                        items(r.unexercised(), false), new int[] {6, 24, 22, 50, 12}),
                new SheetWriter.Sheet("事项办件排行", "事项办件排行 — " + summary, itemHeaders,
                        items(r.topItems(), true), new int[] {6, 24, 22, 50, 12, 9, 9}),
                new SheetWriter.Sheet("未填依据的案件", "未填依据的案件 — " + summary,
                        List.of("序号", "案件编号", "标题", "状态", "上报时间", "承办部门"), unnamed(r.unnamedCases()),
                        new int[] {6, 20, 36, 10, 17, 24})));
    }

    private static List<List<Object>> items(List<BasisReport.ItemCount> items, boolean counts) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BasisReport.ItemCount c = items.get(i);
            List<Object> row = new ArrayList<>(List.of(i + 1, c.departmentName(), c.itemCode(), c.itemName(),
                    PowerItems.typeLabel(c.powerType())));
            if (counts) {
                row.add(c.cases());
                row.add(c.dispatches());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> unnamed(List<BasisReport.UnnamedCase> cases) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BasisReport.UnnamedCase c = cases.get(i);
            rows.add(List.of(i + 1, c.code(), c.title(), CaseLabels.STATUS.get(c.status()), CaseSheets.time(c.reportedAt()),
                    c.departmentName()));
        }
        return rows;
    }
}

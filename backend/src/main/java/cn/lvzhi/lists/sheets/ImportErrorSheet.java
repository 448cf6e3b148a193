package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.lists.ListLabels;

import java.util.ArrayList;
import java.util.List;

/** The sheet of an import's errors (导入错误清单), so the office can fix the source sheet row by row. */
final class ImportErrorSheet {
    private ImportErrorSheet() {
    }

    static byte[] write(ListImport job) {
        List<ImportError> errors = job.errors.items();
        String title = ListLabels.LIST_NAMES.get(job.kind) + "导入错误清单（" + job.fileName + "，共 " + job.errorCount + " 处"
                + (job.errorCount > errors.size() ? "，列出前 " + errors.size() + " 处" : "") + "）";
        List<List<Object>> rows = new ArrayList<>();
        for (ImportError e : errors) {
            rows.add(List.of(rows.size() + 1, e.row(), e.column() == null ? "（整行）" : e.column(), e.reason()));
        }
        return SheetWriter.table("导入错误", title, List.of(ListSheet.NO, "行号", "列", "错误原因"), rows, new int[] {6, 8, 20, 80});
    }
}

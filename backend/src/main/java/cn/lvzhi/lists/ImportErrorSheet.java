package cn.lvzhi.lists;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The sheet of an import's errors (导入错误清单), so the office can fix the source sheet row by row. */
final class ImportErrorSheet {
    private ImportErrorSheet() {
    }

    static byte[] write(ListImport job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> headers = List.of(ListSheet.NO, "行号", "列", "错误原因");
        try (Workbook wb = new Workbook(out, "Lvzhi", "1.0")) {
            Worksheet ws = wb.newWorksheet("导入错误");
            String title = ListExport.LIST_NAMES.get(job.kind) + "导入错误清单（" + job.fileName + "，共 " + job.errorCount + " 处"
                    + (job.errorCount > job.errors.items().size() ? "，列出前 " + job.errors.items().size() + " 处" : "") + "）";
            ListExport.titleAndHeaders(ws, title, headers);
            int row = 2;
            for (ImportError e : job.errors.items()) {
                ws.value(row, 0, row - 1);
                ws.value(row, 1, e.row());
                ws.value(row, 2, e.column() == null ? "（整行）" : e.column());
                ws.value(row, 3, e.reason());
                row++;
            }
            ws.width(0, 6);
            ws.width(1, 8);
            ws.width(2, 20);
            ws.width(3, 80);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

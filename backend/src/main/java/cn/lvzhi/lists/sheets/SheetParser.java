package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.SheetReader;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListLabels;

import java.io.InputStream;
import java.util.List;

/**
 * Reads an uploaded .xlsx into rows of the list's columns (see {@link SheetReader}: the header row is found by its
 * 事项编码 cell), each row read and checked on its own by {@link ListSheet#read}.
 */
final class SheetParser {
    static final int MAX_ROWS = 20_000;

    /** The data rows, each read and checked on its own. */
    record Parsed(List<ListSheet.ReadRow> rows) {
    }

    private SheetParser() {
    }

    static Parsed parse(ListKind kind, InputStream in) {
        return new Parsed(SheetReader.read(in, ListSheet.CODE, ListSheet.requiredHeaders(kind), MAX_ROWS, ListLabels.LIST_NAMES.get(kind))
                .stream().map(row -> ListSheet.read(kind, row.number(), row.cells())).toList());
    }
}

package cn.lvzhi.common;

import java.util.List;

/**
 * An import sheet with bad cells: nothing was written. REST callers get every problem as one error of the body
 * (see {@link RestErrors}), with the row as Excel numbers it and the column's header.
 */
public class SheetRowsException extends ValidationException {
    /** At most this many problems are sent back; the message gives the full count. */
    public static final int MAX_LISTED = 1000;
    private final transient List<SheetCells.CellError> errors;

    public SheetRowsException(List<SheetCells.CellError> errors) {
        super("file", "发现 " + errors.size() + " 处错误，未导入任何数据；请修改后重新导入 (" + errors.size()
                + " problems; nothing was imported)");
        this.errors = List.copyOf(errors.size() > MAX_LISTED ? errors.subList(0, MAX_LISTED) : errors);
    }

    public List<SheetCells.CellError> errors() {
        return errors;
    }
}

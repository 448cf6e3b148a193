package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetCells.CellError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what an import of figures writes: every row names a unit in the round's scope and an IMPORTED indicator of
 * the source body being imported, applicable to that unit, once — or, when any row is wrong, nothing at all (every
 * problem named by row and column). Pure.
 */
final class FigureImportPlanner {
    /** A figure to write. */
    record Write(int row, long unitId, String indicatorCode, BigDecimal figure, String note) {
    }

    record Plan(List<Write> writes, List<CellError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** What the round offers: its units by code, the body's indicators, and which (unit, indicator) do not apply. */
    record Target(String sourceBody, Map<String, Long> unitsByCode, Set<String> indicatorCodes, Set<String> notApplicable) {
        static String key(long unitId, String code) {
            return unitId + "/" + code;
        }
    }

    private FigureImportPlanner() {
    }

    static Plan plan(List<FigureSheet.ReadRow> rows, Target target) {
        List<CellError> errors = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (FigureSheet.ReadRow row : rows) {
            errors.addAll(row.errors());
            FigureSheet.Entry e = row.entry();
            if (e == null) {
                continue;
            }
            Long unit = target.unitsByCode().get(e.unitCode());
            boolean known = true;
            if (unit == null) {
                errors.add(new CellError(row.row(), FigureSheet.UNIT_CODE, "单位编码 " + e.unitCode() + " 不在本批次评估范围内"));
                known = false;
            }
            if (!target.indicatorCodes().contains(e.indicatorCode())) {
                errors.add(new CellError(row.row(), FigureSheet.CODE, "指标编码 " + e.indicatorCode() + " 不是本批次由“"
                        + target.sourceBody() + "”提供的导入指标"));
                known = false;
            }
            if (!known) {
                continue;
            }
            String key = Target.key(unit, e.indicatorCode());
            if (target.notApplicable().contains(key)) {
                errors.add(new CellError(row.row(), FigureSheet.CODE, "指标 " + e.indicatorCode() + " 不适用于单位 " + e.unitCode()));
                continue;
            }
            Integer first = firstRow.putIfAbsent(key, row.row());
            if (first != null) {
                errors.add(new CellError(row.row(), FigureSheet.CODE, "与第 " + first + " 行的单位和指标重复"));
                continue;
            }
            writes.add(new Write(row.row(), unit, e.indicatorCode(), e.figure(), e.note()));
        }
        return new Plan(writes, errors);
    }
}

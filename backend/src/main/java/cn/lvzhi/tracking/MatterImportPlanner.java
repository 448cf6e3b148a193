package cn.lvzhi.tracking;

import cn.lvzhi.common.SheetCells.CellError;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides what an import of establishment matters does with each row: matters are matched by (unit, 批复文号, 事项类型);
 * a new one is created, one whose date or content differ is updated, an equal one is left alone — or, when any row is
 * wrong, nothing at all. Pure, so every rule is tested without a database.
 */
final class MatterImportPlanner {
    /** A matter as stored now. */
    record Existing(long id, long unitId, MatterKind kind, String documentNo, LocalDate approvedOn, String content) {
    }

    /** A row to write: a new matter ({@code existingId} null) or new date and content for an existing one. */
    record Write(int row, MatterSheet.Entry entry, long unitId, Long existingId) {
    }

    record Plan(List<Write> creations, List<Write> updates, int unchanged, List<CellError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private record Key(long unitId, String documentNo, MatterKind kind) {
    }

    private MatterImportPlanner() {
    }

    static Plan plan(ScopedActor actor, List<MatterSheet.ReadRow> rows, Map<String, Unit> unitsByCode,
                     List<Existing> existing) {
        Map<Key, List<Existing>> stored = new HashMap<>();
        existing.forEach(e -> stored.computeIfAbsent(new Key(e.unitId(), e.documentNo(), e.kind()), k -> new ArrayList<>()).add(e));
        List<CellError> errors = new ArrayList<>();
        List<Write> creations = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        int unchanged = 0;
        Map<Key, Integer> firstRow = new HashMap<>();
        for (MatterSheet.ReadRow row : rows) {
            errors.addAll(row.errors());
            MatterSheet.Entry entry = row.entry();
            if (entry == null) {
                continue;
            }
            Unit unit = unitsByCode.get(entry.unitCode());
            if (unit == null || !TrackingPolicy.manage(actor, unit.path).allowed()) {
                // a unit of another region answers like a missing one: the sheet learns nothing beyond the region
                errors.add(new CellError(row.row(), MatterSheet.UNIT, "单位编码 " + entry.unitCode() + " 不存在或不在本辖区"));
                continue;
            }
            Key key = new Key(unit.id, entry.documentNo(), entry.kind());
            Integer first = firstRow.putIfAbsent(key, row.row());
            if (first != null) {
                errors.add(new CellError(row.row(), MatterSheet.DOCUMENT, "与第 " + first + " 行的单位、批复文号和事项类型相同"));
                continue;
            }
            List<Existing> matches = stored.getOrDefault(key, List.of());
            if (matches.size() > 1) {
                errors.add(new CellError(row.row(), MatterSheet.DOCUMENT, "系统中已有 " + matches.size()
                        + " 条单位、批复文号和事项类型都相同的事项，无法确定更新哪一条，请先在系统中处理"));
                continue;
            }
            if (matches.isEmpty()) {
                creations.add(new Write(row.row(), entry, unit.id, null));
            } else if (same(entry, matches.get(0))) {
                unchanged++;
            } else {
                updates.add(new Write(row.row(), entry, unit.id, matches.get(0).id()));
            }
        }
        return new Plan(creations, updates, unchanged, errors);
    }

    private static boolean same(MatterSheet.Entry entry, Existing existing) {
        return Objects.equals(entry.approvedOn(), existing.approvedOn()) && Objects.equals(entry.content(), existing.content());
    }
}

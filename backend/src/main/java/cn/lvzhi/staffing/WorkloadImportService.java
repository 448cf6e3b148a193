package cn.lvzhi.staffing;

import cn.lvzhi.common.SheetCells.CellError;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetRowsException;
import cn.lvzhi.lists.PowerItems.PowerItem;
import cn.lvzhi.lists.PowerItems;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Yearly workload from .xlsx (业务量导入) by the establishment office: every row is checked with the same
 * {@link WorkloadRules} as the recordWorkload mutation, all problems are reported at once, and a valid sheet is written
 * by {@link StaffingService#record} itself, so the sheet and the API cannot differ.
 */
@ApplicationScoped
public class WorkloadImportService {
    private final UnitReads units;
    private final PowerItems powerItems;
    private final StaffingService staffing;

    public WorkloadImportService(UnitReads units, PowerItems powerItems, StaffingService staffing) {
        this.units = units;
        this.powerItems = powerItems;
        this.staffing = staffing;
    }

    /** What an import did: the rows recorded (each replaces the item's figures of the year). */
    public record Result(int year, int recorded, List<Object> errors) {
    }

    /** The import template (header row) of the year; for the office that records workload only. */
    public Uni<byte[]> template(ScopedActor actor, Integer year) {
        int y = StaffingService.year(year, "year");
        StaffingPolicy.record(actor, actor.regionPath()).orThrow();
        return SheetReader.onWorker(() -> WorkloadSheet.template(y));
    }

    public Uni<Result> importSheet(ScopedActor actor, Integer year, Path file) {
        int y = StaffingService.year(year, "year");
        StaffingPolicy.record(actor, actor.regionPath()).orThrow();
        return SheetReader.onWorker(() -> SheetReader.read(file, WorkloadSheet.CODE, WorkloadSheet.REQUIRED, StaffingService.MAX_ROWS,
                        WorkloadSheet.SHEET_NAME).stream().map(WorkloadSheet::read).toList())
                .chain(rows -> check(actor, y, rows))
                .chain(input -> staffing.record(actor, input)).map(n -> new Result(y, n, List.of()));
    }

    /** The rows as the mutation's input once none breaks a rule; SheetRowsException with every problem otherwise. */
    private Uni<StaffingTypes.RecordWorkload> check(ScopedActor actor, int year, List<WorkloadSheet.ReadRow> rows) {
        Set<String> itemCodes = new TreeSet<>();
        Set<String> officeCodes = new TreeSet<>();
        rows.stream().filter(r -> r.entry() != null).forEach(r -> {
            itemCodes.add(r.entry().itemCode());
            officeCodes.add(r.entry().officeCode());
        });
        return powerItems.byCodes(itemCodes).chain(items -> units.byCodeMap(officeCodes).chain(offices -> {
            List<CellError> errors = new ArrayList<>();
            List<StaffingTypes.WorkloadRow> input = new ArrayList<>();
            List<Integer> sheetRows = new ArrayList<>();
            for (WorkloadSheet.ReadRow row : rows) {
                errors.addAll(row.errors());
                WorkloadSheet.Entry e = row.entry();
                if (e == null) {
                    continue;
                }
                PowerItem item = items.get(e.itemCode());
                Unit office = offices.get(e.officeCode());
                if (item == null) {
                    errors.add(new CellError(row.row(), WorkloadSheet.CODE, "权责事项 " + e.itemCode() + " 不存在"));
                }
                if (office == null) {
                    errors.add(new CellError(row.row(), WorkloadSheet.OFFICE, "单位编码 " + e.officeCode() + " 不存在"));
                }
                if (item != null && office != null) {
                    StaffingTypes.WorkloadRow r = new StaffingTypes.WorkloadRow();
                    r.itemId = item.id();
                    r.officeUnitId = office.id;
                    r.received = e.received();
                    r.completed = e.completed();
                    input.add(r);
                    sheetRows.add(row.row());
                }
            }
            List<Long> unitIds = new ArrayList<>(offices.values().stream().map(u -> u.id).toList());
            items.values().forEach(i -> unitIds.add(i.unitId()));
            return units.pathsOf(unitIds).map(paths -> {
                List<WorkloadRules.Problem> problems = new ArrayList<>(WorkloadRules.ofRows(input));
                problems.addAll(WorkloadRules.ofPlacement(actor, input, items(items), paths));
                for (WorkloadRules.Problem p : problems) {
                    errors.add(new CellError(sheetRows.get(p.index()), WorkloadSheet.COLUMNS.get(p.field()), p.message()));
                }
                if (!errors.isEmpty()) {
                    errors.sort(Comparator.comparingInt(CellError::row));
                    throw new SheetRowsException(errors);
                }
                StaffingTypes.RecordWorkload in = new StaffingTypes.RecordWorkload();
                in.year = year;
                in.rows = input;
                return in;
            });
        }));
    }

    private static Map<Long, PowerItem> items(Map<String, PowerItem> byCode) {
        Map<Long, PowerItem> byId = new HashMap<>();
        byCode.values().forEach(i -> byId.put(i.id(), i));
        return byId;
    }
}

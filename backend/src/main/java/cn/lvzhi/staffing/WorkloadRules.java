package cn.lvzhi.staffing;

import cn.lvzhi.lists.PowerItems.PowerItem;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a row of yearly workload (业务量) must keep, whether it comes from the recordWorkload mutation or from a
 * sheet: counts from 0 to {@value #MAX_COUNT}, each item once, a power item, handled by an office of the item's
 * implementing unit inside the region of the establishment office that records it. Pure; the caller decides how problems surface.
 */
final class WorkloadRules {
    /** More than one case a second all year round: a typing error, and beyond it sums stop meaning anything. */
    static final int MAX_COUNT = 10_000_000;
    static final String NEGATIVE = "收件量和办结量不能为负数，且不超过 " + MAX_COUNT + " (counts must be 0.." + MAX_COUNT + ")";
    static final String TWICE = "同一事项重复录入 (the item appears twice)";
    static final String WRONG_OFFICE = "科室须属于事项的实施单位 (the office must belong to the item's implementing unit)";

    /** A broken rule: the row's index, the input field (itemId, officeUnitId, received, completed), the reason. */
    record Problem(int index, String field, String message, boolean forbidden) {
    }

    private WorkloadRules() {
    }

    /** What the rows alone break: negative counts, an item given twice. */
    static List<Problem> ofRows(List<StaffingTypes.WorkloadRow> rows) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            StaffingTypes.WorkloadRow r = rows.get(i);
            boolean badReceived = outOfRange(r.received);
            if (badReceived || outOfRange(r.completed)) {
                problems.add(new Problem(i, badReceived ? "received" : "completed", NEGATIVE, false));
            }
            if (!seen.add(r.itemId)) {
                problems.add(new Problem(i, "itemId", TWICE, false));
            }
        }
        return problems;
    }

    private static boolean outOfRange(Integer count) {
        return count == null || count < 0 || count > MAX_COUNT;
    }

    /**
     * What the rows break given the items and the tree paths of offices and owners: an unknown or non-power item, an
     * office outside the item's unit (VALIDATION), an office the actor may not record for (FORBIDDEN).
     */
    static List<Problem> ofPlacement(ScopedActor actor, List<StaffingTypes.WorkloadRow> rows,
                                     Map<Long, PowerItem> items, Map<Long, String> paths) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StaffingTypes.WorkloadRow r = rows.get(i);
            PowerItem item = items.get(r.itemId);
            if (item == null) {
                problems.add(new Problem(i, "itemId", StaffingService.ITEM_NOT_FOUND, false));
                continue;
            }
            String office = paths.get(r.officeUnitId);
            String owner = paths.get(item.unitId());
            if (office == null || owner == null || !office.startsWith(owner)) {
                problems.add(new Problem(i, "officeUnitId", WRONG_OFFICE, false));
                continue;
            }
            Decision decision = StaffingPolicy.record(actor, office);
            if (!decision.allowed()) {
                problems.add(new Problem(i, "officeUnitId", decision.reason(), true));
            }
        }
        return problems;
    }
}

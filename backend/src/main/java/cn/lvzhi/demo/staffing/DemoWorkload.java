package cn.lvzhi.demo.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo district's yearly workload (演示业务量), deterministic: every published power item of a department is handled
 * by one of that department's business offices (not its 办公室), with a received count from 20 to 899 and about
 * 90–100 % of it completed, different each year.
 */
public final class DemoWorkload {
    /** The years the demo records (编制测算 opens on last year, 2025 in the demo's 2026). */
    public static final List<Integer> YEARS = List.of(2024, 2025);

    /** A power item of a department. */
    public record Item(long id, String code, long unitId) {
    }

    /** One row of the workload table. */
    public record Row(long itemId, int year, long officeId, int received, int completed) {
    }

    private DemoWorkload() {
    }

    /** The rows of a year for the items whose department has business offices (offices by department id, in code order). */
    public static List<Row> rows(List<Item> items, Map<Long, List<Long>> officesByDepartment, int year) {
        List<Row> rows = new ArrayList<>();
        for (Item item : items) {
            List<Long> offices = officesByDepartment.get(item.unitId());
            if (offices == null || offices.isEmpty()) {
                continue;
            }
            long office = offices.get(Math.floorMod(item.code().hashCode(), offices.size()));
            int h = Math.floorMod((item.code() + "/" + year).hashCode(), 1_000_003);
            int received = 20 + h % 880;
            int completed = received - (h / 880) % (received / 10 + 1);
            rows.add(new Row(item.id(), year, office, received, completed));
        }
        return rows;
    }
}

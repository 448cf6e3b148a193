package cn.lvzhi.demo.staffing;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the demo district's yearly workload (演示业务量) once, when none is recorded yet, so 编制测算 has figures. */
@ApplicationScoped
public class DemoWorkloadLoader {
    private static final Logger LOG = Logger.getLogger(DemoWorkloadLoader.class);
    private static final long LOAD_LOCK = 7340107L;
    private static final String GENERAL_OFFICE = "办公室";

    private final DemoDatabase db;

    public DemoWorkloadLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads the demo unless workload exists; returns the number of rows inserted (0 when skipped). */
    public int load() throws SQLException {
        return db.loadOnce(LOAD_LOCK, "power_item_workload", c -> {
            String prefix = DemoDistrict.DISTRICT + "-%";
            List<DemoWorkload.Item> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT li.id, li.code, li.unit_id FROM list_item li JOIN unit u ON u.id = li.unit_id
                    WHERE li.kind = 'POWER' AND li.status = 'PUBLISHED' AND u.code LIKE ? ORDER BY li.code""")) {
                ps.setString(1, prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new DemoWorkload.Item(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            Map<Long, List<Long>> offices = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT parent_id, id FROM unit WHERE kind = 'INTERNAL_OFFICE' AND code LIKE ? AND name <> ? ORDER BY code""")) {
                ps.setString(1, prefix);
                ps.setString(2, GENERAL_OFFICE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        offices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            int inserted = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO power_item_workload (item_id, year, office_unit_id, received, completed, recorded_by)
                    VALUES (?, ?, ?, ?, ?, '演示数据')""")) {
                for (int year : DemoWorkload.YEARS) {
                    for (DemoWorkload.Row r : DemoWorkload.rows(items, offices, year)) {
                        ps.setLong(1, r.itemId());
                        ps.setInt(2, r.year());
                        ps.setLong(3, r.officeId());
                        ps.setInt(4, r.received());
                        ps.setInt(5, r.completed());
                        ps.addBatch();
                        inserted++;
                    }
                }
                ps.executeBatch();
            }
            LOG.infof("demo workload loaded: %d rows for %s", inserted, DemoWorkload.YEARS);
            return inserted;
        });
    }
}

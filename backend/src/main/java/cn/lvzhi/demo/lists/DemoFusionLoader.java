package cn.lvzhi.demo.lists;

import cn.lvzhi.common.DemoLoading;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads, after the demo lists, the demo government-service list of 清河区 ({@link DemoServiceItems}) and the
 * claiming demo: each 清河区 department claims from its city counterpart's catalogue and records inspections.
 * Most departments are near but not at 100%: all claimed but the last catalogue item, every inspection item
 * exercised but the last (a department with fewer than 4 catalogue items, or fewer than 3 inspection items, has
 * them all); {@link #LOW} departments are clearly low (every other catalogue item; every third inspection item).
 * On the demo lists that is 245 of 285 catalogue items claimed (86.0%) and 60 of 74 inspection items exercised
 * (81.1%). Each part loads once, when its tables are empty.
 */
@ApplicationScoped
public class DemoFusionLoader {
    private static final Logger LOG = Logger.getLogger(DemoFusionLoader.class);
    private static final long LOAD_LOCK = 7340106L;
    /** Departments with a clearly low claim rate and coverage: 公安局, 文化和旅游局, 科学技术局. */
    public static final Set<String> LOW = Set.of("JZ-QH-D03", "JZ-QH-D16", "JZ-QH-D27");
    private static final int DEPARTMENTS = 35;
    /** When the demo departments claimed their catalogue items (the lists were set up at the start of 2026). */
    private static final OffsetDateTime CLAIMED_ON = OffsetDateTime.parse("2026-01-05T10:00:00+08:00");

    private final DemoDatabase db;

    public DemoFusionLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads what is missing; returns the number of service items inserted (0 when skipped). */
    public int load() throws SQLException {
        return db.locked(LOAD_LOCK, c -> {
            Map<String, Long> unitIds = DemoLoading.unitIds(c, "");
            int services = DemoLoading.isEmpty(c, "service_item") ? serviceItems(c, unitIds) : 0;
            if (DemoLoading.isEmpty(c, "claim_catalogue")) {
                claims(c, unitIds);
            }
            return services;
        });
    }

    private int serviceItems(Connection c, Map<String, Long> unitIds) throws SQLException {
        List<ServiceItemSeed> seeds = DemoServiceItems.generate(DemoLists.generate(DemoDistrict.generate(db.scale())));
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO service_item (code, name, unit_id, item_level, power_item_code) VALUES (?, ?, ?, ?, ?)")) {
            for (ServiceItemSeed seed : seeds) {
                Long unitId = unitIds.get(seed.unitCode());
                if (unitId == null) {
                    continue;
                }
                ps.setString(1, seed.code());
                ps.setString(2, seed.name());
                ps.setLong(3, unitId);
                ps.setString(4, seed.level().name());
                ps.setString(5, seed.powerItemCode());
                ps.addBatch();
                count++;
            }
            ps.executeBatch();
        }
        audit(c, "DEMO_SERVICE_ITEMS_LOADED", "ServiceItem", "items", count);
        LOG.infof("demo service items loaded: %d", count);
        return count;
    }

    private void claims(Connection c, Map<String, Long> unitIds) throws SQLException {
        int claims = 0;
        int inspections = 0;
        for (int d = 1; d <= DEPARTMENTS; d++) {
            String county = DemoDistrict.DISTRICT + "-D" + "%02d".formatted(d);
            Long unit = unitIds.get(county);
            Long city = unitIds.get(DemoDistrict.cityCounterpart(county));
            if (unit == null || city == null) {
                continue;
            }
            boolean low = LOW.contains(county);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_catalogue (unit_id, catalogue_unit_id) VALUES (?, ?)")) {
                ps.setLong(1, unit);
                ps.setLong(2, city);
                ps.executeUpdate();
            }
            List<String> catalogue = strings(c, """
                    SELECT DISTINCT catalogue_code FROM list_item WHERE unit_id = ? AND kind = 'POWER' AND status = 'PUBLISHED'
                      AND catalogue_code IS NOT NULL AND power_type IN ('PENALTY','INSPECTION','COERCION','OTHER')
                    ORDER BY catalogue_code""", city);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO catalogue_claim (unit_id, catalogue_code, claimed, changed_by, changed_at) VALUES (?, ?, true, '演示数据', ?)")) {
                for (int i = 0; i < catalogue.size(); i++) {
                    if (low ? i % 2 == 0 : catalogue.size() < 4 || i < catalogue.size() - 1) {
                        ps.setLong(1, unit);
                        ps.setString(2, catalogue.get(i));
                        // claimed when the lists were set up, before the year's inspections (evaluations read the date)
                        ps.setObject(3, CLAIMED_ON);
                        ps.addBatch();
                        claims++;
                    }
                }
                ps.executeBatch();
            }
            List<String> items = strings(c, """
                    SELECT id::text FROM list_item WHERE unit_id = ? AND kind = 'POWER' AND status = 'PUBLISHED'
                      AND power_type = 'INSPECTION' ORDER BY code""", unit);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO inspection_record (item_id, inspected_on, object_count, note, recorded_by)
                    VALUES (?, ?, ?, '演示：年度检查计划实施', '演示数据')""")) {
                for (int i = 0; i < items.size(); i++) {
                    if (low ? i % 3 == 0 : items.size() < 3 || i < items.size() - 1) {
                        ps.setLong(1, Long.parseLong(items.get(i)));
                        ps.setDate(2, Date.valueOf(LocalDate.of(2026, 1 + i % 10, 1 + d % 28)));
                        ps.setInt(3, 3 + (i * 7 + d) % 20);
                        ps.addBatch();
                        inspections++;
                    }
                }
                ps.executeBatch();
            }
        }
        audit(c, "DEMO_CLAIMS_LOADED", "CatalogueClaim", "claims", claims);
        LOG.infof("demo claims loaded: %d claims, %d inspections", claims, inspections);
    }

    private static List<String> strings(Connection c, String sql, long param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void audit(Connection c, String action, String entity, String key, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                VALUES ('system:demo-loader', '演示数据', ?, ?, '*', jsonb_build_object(?, ?))""")) {
            ps.setString(1, action);
            ps.setString(2, entity);
            ps.setString(3, key);
            ps.setInt(4, count);
            ps.executeUpdate();
        }
    }
}

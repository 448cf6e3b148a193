package cn.lvzhi.demo.org;

import cn.lvzhi.demo.DemoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo district (演示数据) once, when the organisation tree is empty, right after the migrations.
 * Runs at start-up on the main thread, so plain JDBC batches are the fastest and simplest way in.
 */
@ApplicationScoped
public class DemoDistrictLoader {
    private static final Logger LOG = Logger.getLogger(DemoDistrictLoader.class);
    private static final long LOAD_LOCK = 7340102L;

    private final DemoDatabase db;

    public DemoDistrictLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads the district unless units exist; returns the number of units inserted (0 when skipped). */
    public int load() throws SQLException {
        return db.loadOnce(LOAD_LOCK, "unit", c -> {
            long started = System.nanoTime();
            List<UnitSeed> seeds = DemoDistrict.generate(db.scale());
            insertUnits(c, seeds);
            try (PreparedStatement audit = c.prepareStatement("""
                    INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                    VALUES ('system:demo-loader', '演示数据', 'DEMO_DATA_LOADED', 'Unit', '*', cast(? AS jsonb))""")) {
                audit.setString(1, "{\"scale\": " + db.scale() + ", \"units\": " + seeds.size() + "}");
                audit.executeUpdate();
            }
            LOG.infof("demo district loaded: %d units (scale %d) in %d ms", seeds.size(), db.scale(),
                    (System.nanoTime() - started) / 1_000_000);
            return seeds.size();
        });
    }

    private static void insertUnits(Connection c, List<UnitSeed> seeds) throws SQLException {
        Map<String, long[]> idAndDepthByCode = new HashMap<>();
        Map<String, String> pathByCode = new HashMap<>();
        long nextId = 1;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unit (id, code, name, kind, level, category, credit_code, parent_id, depth, path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int batch = 0;
            for (UnitSeed seed : seeds) {
                long id = nextId++;
                long[] parent = seed.parentCode() == null ? null : idAndDepthByCode.get(seed.parentCode());
                if (seed.parentCode() != null && parent == null) {
                    throw new IllegalStateException("demo unit " + seed.code() + " precedes its parent " + seed.parentCode());
                }
                int depth = parent == null ? 0 : (int) parent[1] + 1;
                String path = (parent == null ? "/" : pathByCode.get(seed.parentCode())) + id + "/";
                idAndDepthByCode.put(seed.code(), new long[]{id, depth});
                pathByCode.put(seed.code(), path);
                ps.setLong(1, id);
                ps.setString(2, seed.code());
                ps.setString(3, seed.name());
                ps.setString(4, seed.kind().name());
                ps.setString(5, seed.level().name());
                ps.setString(6, seed.category() == null ? null : seed.category().name());
                ps.setString(7, seed.creditCode());
                if (parent == null) {
                    ps.setNull(8, Types.BIGINT);
                } else {
                    ps.setLong(8, parent[0]);
                }
                ps.setInt(9, depth);
                ps.setString(10, path);
                ps.addBatch();
                if (++batch % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("SELECT setval(pg_get_serial_sequence('unit', 'id'), (SELECT max(id) FROM unit))");
        }
    }
}

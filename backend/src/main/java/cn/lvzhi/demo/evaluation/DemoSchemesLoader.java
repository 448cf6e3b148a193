package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.SchemeValidation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Loads 清河区's indicator schemes (演示评估标准) once, when no scheme exists yet: 2025's (in force, for last year's
 * round) and 2026's (in force, its indicators linked to 2025's), both from {@link DemoSchemes}.
 */
@ApplicationScoped
public class DemoSchemesLoader {
    private static final Logger LOG = Logger.getLogger(DemoSchemesLoader.class);
    private static final long LOAD_LOCK = 7340118L;

    private final DemoDatabase db;
    private final ObjectMapper json;

    public DemoSchemesLoader(DemoDatabase db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Loads the two schemes unless a scheme exists; returns the number inserted (0 when skipped). */
    public int load() throws SQLException, JsonProcessingException {
        return db.loadOnce(LOAD_LOCK, "evaluation_scheme", c -> {
            String region = regionPath(c);
            long last = insert(c, region, 2025, DemoSchemes.NAME_2025, DemoSchemes.scheme2025(), null);
            long current = insert(c, region, 2026, DemoSchemes.NAME_2026, DemoSchemes.scheme2026(), last);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                    VALUES ('system:demo-loader', '演示数据', 'DEMO_SCHEMES_LOADED', 'EvaluationScheme', '*',
                            jsonb_build_object('schemes', jsonb_build_array(?::bigint, ?::bigint)))""")) {
                ps.setLong(1, last);
                ps.setLong(2, current);
                ps.executeUpdate();
            }
            LOG.infof("demo schemes loaded: 2025 (%d) and 2026 (%d)", last, current);
            return 2;
        });
    }

    /** Inserts a scheme in force; returns its id. */
    long insert(Connection c, String region, int year, String name, SchemeDocument document, Long previous)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_scheme (region_path, year, version_no, name, status, document, total_points,
                                               previous_scheme_id, created_by_name)
                VALUES (?, ?, 1, ?, 'ACTIVE', ?::jsonb, ?, ?, '演示数据') RETURNING id""")) {
            ps.setString(1, region);
            ps.setInt(2, year);
            ps.setString(3, name);
            ps.setString(4, json.writeValueAsString(document));
            ps.setBigDecimal(5, SchemeValidation.totalPoints(document));
            if (previous == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, previous);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String regionPath(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT path FROM unit WHERE code = ?")) {
            ps.setString(1, DemoDistrict.DISTRICT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

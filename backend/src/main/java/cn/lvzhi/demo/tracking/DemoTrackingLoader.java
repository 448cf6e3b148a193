package cn.lvzhi.demo.tracking;

import cn.lvzhi.common.DemoLoading;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.demo.tracking.DemoTracking.MatterSeed;
import cn.lvzhi.demo.tracking.DemoTracking.RectificationSeed;
import cn.lvzhi.demo.tracking.DemoTracking.RoundSeed;
import cn.lvzhi.demo.tracking.DemoTracking.StepSeed;
import cn.lvzhi.tracking.Indicator;
import cn.lvzhi.tracking.MatterKind;
import cn.lvzhi.tracking.ReviewService;
import cn.lvzhi.tracking.TrackingScopePolicy;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the demo follow-up (演示跟踪问效) of 清河区 once, when no establishment matter exists yet. */
@ApplicationScoped
public class DemoTrackingLoader {
    private static final Logger LOG = Logger.getLogger(DemoTrackingLoader.class);
    private static final long LOAD_LOCK = 7340106L;
    private static final String BY = "演示数据";

    private final DemoDatabase db;
    private final ObjectMapper json;

    public DemoTrackingLoader(DemoDatabase db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Loads the demo unless matters exist; returns the number of matters inserted (0 when skipped). */
    public int load() throws SQLException, IOException {
        return db.loadOnce(LOAD_LOCK, "establishment_matter", c -> {
            Map<String, Long> units = DemoLoading.unitIds(c, DemoDistrict.DISTRICT);
            String region = regionPath(c);
            Map<MatterKind, List<Indicator>> templates = templates(c);
            Map<String, Long> matters = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO establishment_matter (unit_id, kind, document_no, approved_on, content) VALUES (?, ?, ?, ?, ?)
                    RETURNING id""")) {
                for (MatterSeed m : DemoTracking.MATTERS) {
                    if (!units.containsKey(m.unitCode())) {
                        continue;
                    }
                    ps.setLong(1, units.get(m.unitCode()));
                    ps.setString(2, m.kind().name());
                    ps.setString(3, m.documentNo());
                    ps.setObject(4, m.approvedOn());
                    ps.setString(5, m.content());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        matters.put(m.documentNo(), rs.getLong(1));
                    }
                }
            }
            long finished = round(c, DemoTracking.FINISHED, region, templates, matters);
            long inProgress = round(c, DemoTracking.IN_PROGRESS, region, templates, matters);
            scoreAndArchive(c, finished, templates, matters, units);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE tracking_round_matter SET self_check = ?, self_check_by = ?, self_check_at = now()
                    WHERE round_id = ? AND matter_id = ?""")) {
                ps.setString(1, DemoTracking.SELF_CHECK);
                ps.setString(2, BY);
                ps.setLong(3, inProgress);
                ps.setLong(4, matters.get(DemoTracking.SELF_CHECK_DOCUMENT));
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                        VALUES ('system:demo-loader', '演示数据', 'DEMO_TRACKING_LOADED', 'TrackingRound', '*',
                                jsonb_build_object('matters', %d, 'rounds', 2))""".formatted(matters.size()));
            }
            LOG.infof("demo follow-up loaded: %d matters, 2 rounds", matters.size());
            return matters.size();
        });
    }

    private static String regionPath(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT path FROM unit WHERE code = ?")) {
            ps.setString(1, DemoDistrict.DISTRICT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Map<MatterKind, List<Indicator>> templates(Connection c) throws SQLException, IOException {
        Map<MatterKind, List<Indicator>> templates = new EnumMap<>(MatterKind.class);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, indicators->'indicators' FROM tracking_template")) {
            while (rs.next()) {
                templates.put(MatterKind.valueOf(rs.getString(1)), json.readValue(rs.getString(2), new TypeReference<>() {
                }));
            }
        }
        return templates;
    }

    /** Inserts the round with its dated steps and the matters the 6–12-month rule proposes; returns its id. */
    private long round(Connection c, RoundSeed seed, String region, Map<MatterKind, List<Indicator>> templates,
                       Map<String, Long> matters) throws SQLException, IOException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tracking_round (region_path, name, plan_date, step, templates, created_at)
                VALUES (?, ?, ?, ?, cast(? AS jsonb), (cast(? AS date) + time '09:00') AT TIME ZONE 'Asia/Shanghai') RETURNING id""")) {
            ps.setString(1, region);
            ps.setString(2, seed.name());
            ps.setObject(3, seed.planDate());
            ps.setString(4, seed.step().name());
            ps.setString(5, json.writeValueAsString(templates));
            ps.setString(6, seed.planDate().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tracking_round_step (round_id, step, done_on, done_by_name, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, (cast(? AS date) + time '17:00') AT TIME ZONE 'Asia/Shanghai')""")) {
            for (StepSeed s : seed.steps()) {
                ps.setLong(1, id);
                ps.setString(2, s.step().name());
                ps.setObject(3, s.doneOn());
                ps.setString(4, BY);
                ps.setString(5, s.note());
                ps.setString(6, s.doneOn().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tracking_round_matter (round_id, matter_id, included, proposed) VALUES (?, ?, true, true)""")) {
            for (MatterSeed m : DemoTracking.MATTERS) {
                if (matters.containsKey(m.documentNo()) && TrackingScopePolicy.inScope(m.approvedOn(), seed.planDate())) {
                    ps.setLong(1, id);
                    ps.setLong(2, matters.get(m.documentNo()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return id;
    }

    private void scoreAndArchive(Connection c, long roundId, Map<MatterKind, List<Indicator>> templates,
                                 Map<String, Long> matters, Map<String, Long> units) throws SQLException, IOException {
        try (PreparedStatement score = c.prepareStatement("""
                INSERT INTO tracking_score (round_id, matter_id, indicator_code, not_applicable, earned, evidence, scored_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement rect = c.prepareStatement("""
                INSERT INTO tracking_rectification (round_id, matter_id, unit_id, requirement, deadline, done_on)
                VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement archive = c.prepareStatement("""
                INSERT INTO tracking_archive (round_id, matter_id, content, content_hash, archived_by) VALUES (?, ?, ?, ?, ?)""")) {
            for (MatterSeed m : DemoTracking.MATTERS) {
                if (m.fraction() == null || !matters.containsKey(m.documentNo())) {
                    continue;
                }
                long matterId = matters.get(m.documentNo());
                BigDecimal earnedSum = BigDecimal.ZERO;
                int applicable = 0;
                List<Map<String, Object>> scores = new ArrayList<>();
                for (Indicator i : templates.get(m.kind())) {
                    boolean na = i.code().equals(m.notApplicableCode());
                    BigDecimal earned = na ? null
                            : BigDecimal.valueOf(i.points() * m.fraction()).setScale(1, RoundingMode.HALF_UP);
                    score.setLong(1, roundId);
                    score.setLong(2, matterId);
                    score.setString(3, i.code());
                    score.setBoolean(4, na);
                    score.setBigDecimal(5, earned);
                    score.setString(6, na ? "该事项不涉及此项内容" : "查阅资料、现场核查");
                    score.setString(7, BY);
                    score.addBatch();
                    if (!na) {
                        earnedSum = earnedSum.add(earned);
                        applicable += i.points();
                    }
                    Map<String, Object> s = new HashMap<>();
                    s.put("indicatorCode", i.code());
                    s.put("notApplicable", na);
                    s.put("earned", earned);
                    scores.add(s);
                }
                BigDecimal result = earnedSum.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP);
                List<Map<String, Object>> rectifications = new ArrayList<>();
                for (RectificationSeed r : DemoTracking.RECTIFICATIONS) {
                    if (r.documentNo().equals(m.documentNo())) {
                        rect.setLong(1, roundId);
                        rect.setLong(2, matterId);
                        rect.setLong(3, units.get(m.unitCode()));
                        rect.setString(4, r.requirement());
                        rect.setObject(5, r.deadline());
                        rect.setObject(6, r.doneOn());
                        rect.addBatch();
                        rectifications.add(Map.of("requirement", r.requirement(), "deadline", r.deadline().toString()));
                    }
                }
                Map<String, Object> content = new LinkedHashMap<>();
                content.put("round", DemoTracking.FINISHED.name());
                content.put("matterId", matterId);
                content.put("documentNo", m.documentNo());
                content.put("kind", m.kind());
                content.put("content", m.content());
                content.put("scores", scores);
                content.put("result", result);
                content.put("rectifications", rectifications);
                String text = json.writeValueAsString(content);
                archive.setLong(1, roundId);
                archive.setLong(2, matterId);
                archive.setString(3, text);
                archive.setString(4, ReviewService.sha256(text));
                archive.setString(5, BY);
                archive.addBatch();
            }
            score.executeBatch();
            rect.executeBatch();
            archive.executeBatch();
        }
    }
}

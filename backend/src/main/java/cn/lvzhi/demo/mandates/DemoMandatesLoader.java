package cn.lvzhi.demo.mandates;

import cn.lvzhi.common.DemoLoading;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.mandates.DemoMandates.DutySeed;
import cn.lvzhi.demo.mandates.DemoMandates.MandateSeed;
import cn.lvzhi.demo.mandates.DemoMandates.StaffingRecord;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.mandates.StaffingFigures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/** Loads the demo mandates (演示“三定”规定) once, when no duty exists yet, after the demo district and lists. */
@ApplicationScoped
public class DemoMandatesLoader {
    private static final Logger LOG = Logger.getLogger(DemoMandatesLoader.class);
    private static final long LOAD_LOCK = 7340105L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoDatabase db;

    public DemoMandatesLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads the mandates unless duties exist; returns the number of duties inserted (0 when skipped). */
    public int load() throws SQLException {
        return db.loadOnce(LOAD_LOCK, "mandate_duty", c -> {
            Map<String, Long> unitIds = DemoLoading.unitIds(c, DemoDistrict.DISTRICT + "-D");
            List<MandateSeed> mandates = DemoMandates.generate(DemoDistrict.generate(db.scale())).stream()
                    .filter(m -> unitIds.containsKey(m.unitCode())).toList();
            int duties = 0;
            try (PreparedStatement duty = c.prepareStatement("""
                         INSERT INTO mandate_duty (unit_id, ordinal, text, duty_role, change_status, related_unit_id)
                         VALUES (?, ?, ?, ?, ?, ?)""");
                 PreparedStatement staffing = c.prepareStatement("""
                         INSERT INTO staffing (unit_id, administrative_posts, institutional_posts, service_worker_posts,
                                               leader_posts, actual_headcount) VALUES (?, ?, ?, ?, ?, ?)""");
                 PreparedStatement history = c.prepareStatement("""
                         INSERT INTO staffing_change (unit_id, effective_date, before_figures, after_figures, document_no,
                                                      reason, changed_by_name, changed_at)
                         VALUES (?, ?, cast(? AS jsonb), cast(? AS jsonb), ?, ?, '演示数据',
                                 (cast(? AS date) + time '09:00') AT TIME ZONE 'Asia/Shanghai')""")) {
                for (MandateSeed mandate : mandates) {
                    long unitId = unitIds.get(mandate.unitCode());
                    for (DutySeed d : mandate.duties()) {
                        duty.setLong(1, unitId);
                        duty.setInt(2, d.ordinal());
                        duty.setString(3, d.text());
                        duty.setString(4, d.role().name());
                        duty.setString(5, d.changeStatus().name());
                        if (d.relatedUnitCode() == null) {
                            duty.setNull(6, Types.BIGINT);
                        } else {
                            duty.setLong(6, unitIds.get(d.relatedUnitCode()));
                        }
                        duty.addBatch();
                        duties++;
                    }
                    StaffingFigures now = mandate.current();
                    staffing.setLong(1, unitId);
                    staffing.setInt(2, now.administrativePosts());
                    staffing.setInt(3, now.institutionalPosts());
                    staffing.setInt(4, now.serviceWorkerPosts());
                    staffing.setInt(5, now.leaderPosts());
                    staffing.setInt(6, now.actualHeadcount());
                    staffing.addBatch();
                    for (StaffingRecord r : mandate.history()) {
                        history.setLong(1, unitId);
                        history.setObject(2, r.effectiveDate());
                        history.setString(3, r.before() == null ? null : json(r.before()));
                        history.setString(4, json(r.after()));
                        history.setString(5, r.documentNo());
                        history.setString(6, r.reason());
                        history.setString(7, r.effectiveDate().toString());
                        history.addBatch();
                    }
                }
                duty.executeBatch();
                staffing.executeBatch();
                history.executeBatch();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                        VALUES ('system:demo-loader', '演示数据', 'DEMO_MANDATES_LOADED', 'Mandate', '*',
                                jsonb_build_object('mandates', %d, 'duties', %d))""".formatted(mandates.size(), duties));
            }
            LOG.infof("demo mandates loaded: %d mandates, %d duties", mandates.size(), duties);
            return duties;
        });
    }

    private static String json(StaffingFigures figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("staffing figures cannot be serialised", e);
        }
    }
}

package cn.lvzhi.demo.disputes;

import cn.lvzhi.common.DemoLoading;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.disputes.DemoDisputes.StepSeed;
import cn.lvzhi.demo.org.DemoDistrict;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo disputes once, when none exist, after the demo cases: every DISPUTED case of the demo history gets
 * an open dispute at the rung {@link DemoDisputes} gives it, with its steps, and is marked as ever disputed so the
 * establishment committee sees it.
 */
@ApplicationScoped
public class DemoDisputesLoader {
    private static final Logger LOG = Logger.getLogger(DemoDisputesLoader.class);
    private static final long LOAD_LOCK = 7340110L;

    private final DemoDatabase db;

    public DemoDisputesLoader(DemoDatabase db) {
        this.db = db;
    }

    /** A disputed demo case: its id, code and when it became DISPUTED. */
    private record Disputed(long id, String code, Timestamp since) {
    }

    /** Loads the disputes unless some exist; returns how many were inserted. */
    public int load() throws SQLException {
        return db.loadOnce(LOAD_LOCK, "case_dispute", c -> {
            List<Disputed> cases = new ArrayList<>();
            Map<String, Long> units = DemoLoading.unitIds(c, DemoDistrict.DISTRICT);
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("""
                        SELECT f.id, f.code, coalesce(max(d.refused_at), f.updated_at) FROM case_file f
                        LEFT JOIN case_dispatch d ON d.case_id = f.id AND d.status = 'REFUSED'
                        WHERE f.status = 'DISPUTED' GROUP BY f.id ORDER BY f.id""")) {
                    while (rs.next()) {
                        cases.add(new Disputed(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)));
                    }
                }
                st.executeUpdate("UPDATE case_file SET ever_disputed = true WHERE status = 'DISPUTED'");
            }
            try (PreparedStatement dispute = c.prepareStatement("""
                    INSERT INTO case_dispute (code, case_id, rung, status, opened_at) VALUES (?, ?, ?, 'OPEN', ?) RETURNING id""");
                 PreparedStatement step = c.prepareStatement("""
                         INSERT INTO case_dispute_step (dispute_id, rung, kind, actor_name, actor_unit_id, note, participants, occurred_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int n = 0; n < cases.size(); n++) {
                    Disputed d = cases.get(n);
                    dispute.setString(1, "ZY-" + d.code());
                    dispute.setLong(2, d.id());
                    dispute.setString(3, DemoDisputes.rungOf(n).name());
                    dispute.setTimestamp(4, d.since());
                    long id;
                    try (ResultSet rs = dispute.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    List<StepSeed> steps = DemoDisputes.steps(n);
                    for (int i = 0; i < steps.size(); i++) {
                        StepSeed s = steps.get(i);
                        step.setLong(1, id);
                        step.setString(2, s.rung().name());
                        step.setString(3, s.kind().name());
                        step.setString(4, s.actorName());
                        step.setObject(5, units.get(s.unitCode()));
                        step.setString(6, s.note());
                        step.setString(7, s.participants());
                        // an hour apart from the refusal that made the case disputed, so no step lies in the future
                        step.setTimestamp(8, new Timestamp(d.since().getTime() + i * 3_600_000L));
                        step.addBatch();
                    }
                }
                step.executeBatch();
            }
            LOG.infof("demo disputes loaded: %d", cases.size());
            return cases.size();
        });
    }
}

package cn.lvzhi.demo.cases;

import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.DispatchStatus;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.cases.DemoCases.CaseSeed;
import cn.lvzhi.demo.cases.DemoCases.DispatchSeed;
import cn.lvzhi.demo.lists.DemoLists;
import cn.lvzhi.demo.org.DemoDistrict;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo case history (演示事件) once, when no case exists yet, after the demo district and lists: ids
 * are assigned here so every table is written in JDBC batches, then the identity sequences and the daily code
 * counters are moved past them.
 */
@ApplicationScoped
public class DemoCasesLoader {
    private static final Logger LOG = Logger.getLogger(DemoCasesLoader.class);
    private static final long LOAD_LOCK = 7340107L;
    private static final String CENTRE_NAME = "区指挥中心值班员";

    private final DemoDatabase db;
    private final int days;
    private final int perDay;

    public DemoCasesLoader(DemoDatabase db,
                           @ConfigProperty(name = "lvzhi.demo.case-days", defaultValue = "120") int days,
                           @ConfigProperty(name = "lvzhi.demo.cases-per-day", defaultValue = "30") int perDay) {
        this.db = db;
        this.days = days;
        this.perDay = perDay;
    }

    /** Loads the cases unless some exist; returns the number of cases inserted (0 when skipped). */
    public int load(OffsetDateTime now) throws SQLException {
        return db.loadOnce(LOAD_LOCK, "case_file", c -> {
            Map<String, Long> units = new HashMap<>();
            Map<String, Long> items = new HashMap<>();
            Map<Long, String> paths = new HashMap<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT code, id, path FROM unit")) {
                    while (rs.next()) {
                        units.put(rs.getString(1), rs.getLong(2));
                        paths.put(rs.getLong(2), rs.getString(3));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT code, id FROM list_item WHERE kind IN ('COLLABORATION','TERRITORIAL','BOUNDARY')")) {
                    while (rs.next()) {
                        items.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            Long centre = units.get(DemoDistrict.COMMAND_CENTRE);
            if (centre == null) {
                c.rollback();
                return 0;
            }
            var district = DemoDistrict.generate(db.scale());
            List<CaseSeed> seeds = DemoCases.generate(district, DemoLists.generate(district), now, days, perDay);
            int cases = insert(c, seeds, units, items, paths, centre, now);
            try (Statement st = c.createStatement()) {
                nameBases(st);
                for (String table : List.of("case_file", "case_dispatch", "case_rating", "case_event")) {
                    st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)");
                }
                st.executeUpdate("""
                        INSERT INTO case_code_counter (day, last)
                        SELECT to_date(split_part(code, '-', 2), 'YYYYMMDD'), max(split_part(code, '-', 3)::int) FROM case_file GROUP BY 1
                        ON CONFLICT (day) DO UPDATE SET last = greatest(case_code_counter.last, excluded.last)""");
                // the reopening window (重办) runs from the closing step
                st.executeUpdate("""
                        UPDATE case_file c SET closed_at = (SELECT max(e.occurred_at) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'CLOSED')
                         WHERE c.status = 'CLOSED'""");
                st.executeUpdate("""
                        INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                        VALUES ('system:demo-loader', '演示数据', 'DEMO_CASES_LOADED', 'Case', '*', jsonb_build_object('cases', %d))"""
                        .formatted(cases));
            }
            LOG.infof("demo cases loaded: %d cases", cases);
            return cases;
        });
    }

    /**
     * Names a legal basis (办理依据) on seven in ten of the hops in hand, as handlers would: a department keeps to a
     * couple of its power items per category (one chosen five times as often as the other), the first of them with
     * its first 监管责任, so the basis reports show favourite items, powers never exercised and cases with no basis.
     * The case takes its lead's basis. Only columns are filled: no row is added, so counts stay as they were.
     */
    private static void nameBases(Statement st) throws SQLException {
        st.executeUpdate("""
                WITH cand AS (
                  SELECT i.unit_id, i.id, i.published_version, i.details -> 'power' -> 'supervisionDuties' ->> 0 AS duty,
                         row_number() OVER (PARTITION BY i.unit_id ORDER BY i.code) - 1 AS n, count(*) OVER (PARTITION BY i.unit_id) AS total
                    FROM list_item i WHERE i.kind = 'POWER' AND i.status = 'PUBLISHED'),
                pick AS (
                  SELECT d.id AS dispatch_id, cand.id AS item_id, cand.published_version, CASE WHEN d.id % 10 < 3 THEN cand.duty END AS duty
                    FROM case_dispatch d JOIN case_file c ON c.id = d.case_id JOIN cand ON cand.unit_id = d.to_unit_id
                   WHERE d.status IN ('SIGNED', 'REPLIED', 'RATED') AND d.id % 10 < 7
                     AND cand.n = mod(abs(hashtext(coalesce(c.category_item_id::text, c.category_text))) + (d.id % 10) / 5, cand.total))
                UPDATE case_dispatch d SET basis_item_id = pick.item_id, basis_item_version = pick.published_version, basis_duty = pick.duty
                  FROM pick WHERE d.id = pick.dispatch_id""");
        st.executeUpdate("""
                UPDATE case_file c SET basis_item_id = d.basis_item_id, basis_item_version = d.basis_item_version, basis_duty = d.basis_duty
                  FROM case_dispatch d
                 WHERE d.case_id = c.id AND d.parent_dispatch_id IS NULL AND d.role = 'LEAD' AND d.status <> 'REFUSED'
                   AND d.basis_item_id IS NOT NULL""");
    }

    private static Timestamp ts(OffsetDateTime t) {
        return t == null ? null : Timestamp.from(t.toInstant());
    }

    private int insert(Connection c, List<CaseSeed> seeds, Map<String, Long> units, Map<String, Long> items,
                       Map<Long, String> paths, long centre, OffsetDateTime now) throws SQLException {
        long caseId = 0;
        long dispatchId = 0;
        long ratingId = 0;
        long eventId = 0;
        int inserted = 0;
        try (PreparedStatement cs = c.prepareStatement("""
                INSERT INTO case_file (id, code, title, description, category_item_id, category_text, address, source, external_id,
                    origin_unit_id, area_unit_id, area_path, reporter_subject, reporter_name, priority, status, has_unsatisfied,
                    reported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement ds = c.prepareStatement("""
                INSERT INTO case_dispatch (id, case_id, from_unit_id, from_subject, from_name, to_unit_id, role, instructions, status,
                    sent_at, sign_deadline, handle_deadline, signed_at, signed_by_name, refused_at, refusal_reason, replied_at,
                    reply_text, replied_by_name, overdue) VALUES (?, ?, ?, 'demo:zhihui', ?, ?, ?, '请按清单职责牵头（协同）处置', ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement rs = c.prepareStatement("""
                INSERT INTO case_rating (id, dispatch_id, case_id, level, original_level, comment, rater_unit_id, rater_subject,
                    rater_name, rated_unit_id, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo:zhihui', ?, ?, ?)""");
             PreparedStatement es = c.prepareStatement("""
                INSERT INTO case_event (id, case_id, dispatch_id, kind, actor_name, actor_unit_id, note, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CaseSeed s : seeds) {
                Long origin = units.get(s.originUnitCode());
                Long area = units.get(s.areaUnitCode());
                Long item = s.categoryItemCode() == null ? null : items.get(s.categoryItemCode());
                if (origin == null || area == null || (s.categoryItemCode() != null && item == null)) {
                    continue;
                }
                long id = ++caseId;
                inserted++;
                cs.setLong(1, id);
                cs.setString(2, s.code());
                cs.setString(3, s.title());
                cs.setString(4, s.description());
                cs.setObject(5, item, Types.BIGINT);
                cs.setString(6, s.categoryText());
                cs.setString(7, s.address());
                cs.setString(8, s.source().name());
                cs.setString(9, s.externalId());
                cs.setLong(10, origin);
                cs.setLong(11, area);
                cs.setString(12, paths.get(area));
                cs.setString(13, s.reporterSubject());
                cs.setString(14, s.reporterName());
                cs.setString(15, s.priority().name());
                cs.setString(16, s.status().name());
                cs.setBoolean(17, s.hasUnsatisfied());
                cs.setTimestamp(18, ts(s.reportedAt()));
                cs.setTimestamp(19, ts(s.closedAt() != null ? s.closedAt() : s.reportedAt()));
                cs.addBatch();
                eventId = event(es, eventId, id, null, "REPORTED", s.reporterName(), origin, null, s.reportedAt());
                Long room = units.get(s.areaUnitCode() + "-ZH");
                if (s.acceptedAt() != null) {
                    eventId = event(es, eventId, id, null, "ACCEPTED", "指挥室值班员", room, null, s.acceptedAt());
                }
                for (DispatchSeed d : s.dispatches()) {
                    Long to = units.get(d.toUnitCode());
                    if (to == null) {
                        continue;
                    }
                    long did = ++dispatchId;
                    boolean open = d.status() == DispatchStatus.SENT || d.status() == DispatchStatus.SIGNED;
                    boolean overdue = open && (d.status() == DispatchStatus.SENT ? d.signDeadline() : d.handleDeadline()).isBefore(now);
                    ds.setLong(1, did);
                    ds.setLong(2, id);
                    ds.setLong(3, centre);
                    ds.setString(4, CENTRE_NAME);
                    ds.setLong(5, to);
                    ds.setString(6, d.role().name());
                    ds.setString(7, d.status().name());
                    ds.setTimestamp(8, ts(d.sentAt()));
                    ds.setTimestamp(9, ts(d.signDeadline()));
                    ds.setTimestamp(10, ts(d.handleDeadline()));
                    ds.setTimestamp(11, ts(d.signedAt()));
                    ds.setString(12, d.signedAt() == null ? null : "承办人");
                    ds.setTimestamp(13, ts(d.refusedAt()));
                    ds.setString(14, d.refusalReason());
                    ds.setTimestamp(15, ts(d.repliedAt()));
                    ds.setString(16, d.replyText());
                    ds.setString(17, d.replyText() == null ? null : "承办人");
                    ds.setBoolean(18, overdue);
                    ds.addBatch();
                    eventId = event(es, eventId, id, did, "DISPATCHED", CENTRE_NAME, centre, null, d.sentAt());
                    if (d.signedAt() != null) {
                        eventId = event(es, eventId, id, did, "SIGNED", "承办人", to, null, d.signedAt());
                    }
                    if (d.refusalReason() != null) {
                        eventId = event(es, eventId, id, did, "REFUSED", "承办人", to, d.refusalReason(), d.refusedAt());
                    }
                    if (d.repliedAt() != null) {
                        eventId = event(es, eventId, id, did, "REPLIED", "承办人", to, d.replyText(), d.repliedAt());
                    }
                    if (d.rating() != null) {
                        rs.setLong(1, ++ratingId);
                        rs.setLong(2, did);
                        rs.setLong(3, id);
                        rs.setString(4, d.rating().level().name());
                        rs.setString(5, d.rating().level().name());
                        rs.setString(6, d.rating().comment());
                        rs.setLong(7, centre);
                        rs.setString(8, CENTRE_NAME);
                        rs.setLong(9, to);
                        rs.setTimestamp(10, ts(d.rating().ratedAt()));
                        rs.addBatch();
                        eventId = event(es, eventId, id, did, "RATED", CENTRE_NAME, centre, d.rating().comment(), d.rating().ratedAt());
                    }
                }
                if (s.status() == CaseStatus.DISPUTED || s.status() == CaseStatus.CLOSED || s.status() == CaseStatus.CANCELLED) {
                    OffsetDateTime at = s.closedAt() != null ? s.closedAt() : lastRefusal(s);
                    eventId = event(es, eventId, id, null, s.status().name(), CENTRE_NAME, centre, null, at);
                }
                if (inserted % 500 == 0) {
                    cs.executeBatch();
                    ds.executeBatch();
                    rs.executeBatch();
                    es.executeBatch();
                }
            }
            cs.executeBatch();
            ds.executeBatch();
            rs.executeBatch();
            es.executeBatch();
        }
        return inserted;
    }

    /** When a disputed case became a dispute: its last refusal. */
    private static OffsetDateTime lastRefusal(CaseSeed s) {
        return s.dispatches().stream().map(DispatchSeed::refusedAt).filter(java.util.Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(s.reportedAt());
    }

    private static long event(PreparedStatement es, long lastId, long caseId, Long dispatchId, String kind, String actor, Long unit,
                              String note, OffsetDateTime at) throws SQLException {
        long id = lastId + 1;
        es.setLong(1, id);
        es.setLong(2, caseId);
        es.setObject(3, dispatchId, Types.BIGINT);
        es.setString(4, kind);
        es.setString(5, actor);
        es.setObject(6, unit, Types.BIGINT);
        es.setString(7, note);
        es.setTimestamp(8, ts(at));
        es.addBatch();
        return id;
    }
}

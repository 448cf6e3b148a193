package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.evaluation.DemoGoals.DutyRef;
import cn.lvzhi.demo.evaluation.DemoGoals.GoalSeed;
import cn.lvzhi.demo.evaluation.DemoGoals.MilestoneSeed;
import cn.lvzhi.demo.evaluation.DemoGoals.PendingSeed;
import cn.lvzhi.demo.evaluation.DemoGoals.UnitRef;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.goals.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo duty goals (演示年度履职目标) of 清河区 once, when no goal exists yet, after the mandates: last year's
 * and this year's published goals of every department and township with progress and verifications, and a few goals
 * of 生态环境局 (D10) and 城市管理局 (D11) still in the workflow this year.
 */
@ApplicationScoped
public class DemoGoalsLoader {
    private static final Logger LOG = Logger.getLogger(DemoGoalsLoader.class);
    private static final long LOAD_LOCK = 7340120L;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String REVIEWER = "区委编办 王建国";
    private static final String REPORTER = "演示数据";

    private final DemoDatabase db;

    public DemoGoalsLoader(DemoDatabase db) {
        this.db = db;
    }

    /**
     * Loads the goals unless the district already has goals of last year (the demo's own: the application never drafts
     * for a past year's round once it is over); returns the number of goals inserted (0 when skipped).
     */
    public int load() throws SQLException {
        return db.locked(LOAD_LOCK, c -> {
            if (loaded(c)) {
                return 0;
            }
            long start = System.nanoTime();
            LocalDate today = LocalDate.now(BEIJING);
            Map<String, Long> unitIds = new LinkedHashMap<>();
            List<UnitRef> units = units(c, unitIds);
            List<GoalSeed> published = new ArrayList<>();
            for (UnitRef u : units) {
                published.addAll(DemoGoals.published(u, DemoGoals.LAST_YEAR, today));
                published.addAll(DemoGoals.published(u, DemoGoals.THIS_YEAR, today));
            }
            Iterator<Long> goalIds = ids(c, "duty_goal", published.size() + DemoGoals.PENDING.size());
            Map<String, Integer> ordinals = takenOrdinals(c);
            insertPublished(c, published, unitIds, goalIds, ordinals);
            insertPending(c, units, unitIds, goalIds, ordinals);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        INSERT INTO audit_event (actor_subject, actor_name, action, entity_type, entity_id, after_state)
                        VALUES ('system:demo-loader', '演示数据', 'DEMO_GOALS_LOADED', 'DutyGoal', '*',
                                jsonb_build_object('goals', %d))""".formatted(published.size() + DemoGoals.PENDING.size()));
            }
            LOG.infof("demo duty goals loaded: %d published, %d in the workflow, in %d ms", published.size(),
                    DemoGoals.PENDING.size(), (System.nanoTime() - start) / 1_000_000);
            return published.size() + DemoGoals.PENDING.size();
        });
    }

    private static boolean loaded(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM duty_goal g JOIN unit u ON u.id = g.unit_id WHERE g.year = ? AND u.code LIKE ?)""")) {
            ps.setInt(1, DemoGoals.LAST_YEAR);
            ps.setString(2, DemoDistrict.DISTRICT + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * The last ordinal taken per unit and year ("unitId/year"): the demo's goals follow any a unit drafted before they
     * were loaded (a database the API tests ran on first).
     */
    private static Map<String, Integer> takenOrdinals(Connection c) throws SQLException {
        Map<String, Integer> taken = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT unit_id, year, max(ordinal) FROM duty_goal GROUP BY unit_id, year")) {
            while (rs.next()) {
                taken.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3));
            }
        }
        return taken;
    }

    /** The next ordinal of the unit's goals of the year, taken. */
    private static int nextOrdinal(Map<String, Integer> taken, long unitId, int year) {
        return taken.merge(unitId + "/" + year, 1, Integer::sum);
    }

    /** The departments and townships of the district, with their duties in force (not SUPPORT) and internal offices. */
    private static List<UnitRef> units(Connection c, Map<String, Long> unitIds) throws SQLException {
        Map<Long, String> codes = new LinkedHashMap<>();
        Map<Long, Boolean> townships = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, kind FROM unit WHERE code ~ ? ORDER BY code")) {
            ps.setString(1, "^" + DemoDistrict.DISTRICT + "-(D|T)[0-9]+$");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getLong(1), rs.getString(2));
                    townships.put(rs.getLong(1), "TOWNSHIP".equals(rs.getString(3)));
                    unitIds.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        Map<Long, List<DutyRef>> duties = new LinkedHashMap<>();
        Map<Long, List<Long>> offices = new LinkedHashMap<>();
        Array ids = c.createArrayOf("bigint", codes.keySet().toArray());
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, unit_id, ordinal, text FROM mandate_duty WHERE unit_id = ANY (?)
                AND change_status NOT IN ('CANCELLED', 'TRANSFERRED_OUT') AND duty_role <> 'SUPPORT' ORDER BY unit_id, ordinal""")) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    duties.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new DutyRef(rs.getLong(1), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id FROM unit WHERE kind = 'INTERNAL_OFFICE' AND parent_id = ANY (?) ORDER BY parent_id, code")) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    offices.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
        }
        List<UnitRef> units = new ArrayList<>();
        codes.forEach((id, code) -> units.add(new UnitRef(code, townships.get(id), duties.getOrDefault(id, List.of()),
                offices.getOrDefault(id, List.of()))));
        return units;
    }

    /** {@code n} ids of the table's identity, so children can be inserted in batches naming their parents. */
    private static Iterator<Long> ids(Connection c, String table, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            ps.setString(1, table);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.iterator();
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BEIJING).toOffsetDateTime();
    }

    private static final String GOAL = """
            INSERT INTO duty_goal (id, unit_id, year, ordinal, title, duty_id, office_id, target_kind, target_quantity, target_unit,
                                   target_text, status, review_comment, reviewed_by_name, reviewed_at, submitted_at, published_at,
                                   created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static void insertPublished(Connection c, List<GoalSeed> goals, Map<String, Long> unitIds, Iterator<Long> goalIds,
                                        Map<String, Integer> ordinals) throws SQLException {
        int milestoneCount = goals.stream().mapToInt(g -> g.milestones().size()).sum();
        Iterator<Long> milestoneIds = ids(c, "duty_goal_milestone", milestoneCount);
        try (PreparedStatement goal = c.prepareStatement(GOAL);
             PreparedStatement milestone = c.prepareStatement("""
                     INSERT INTO duty_goal_milestone (id, goal_id, quarter, description, due_on, due_quantity) VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement progress = c.prepareStatement("""
                     INSERT INTO goal_progress (milestone_id, goal_id, report, quantity_reached, reported_by_name, reported_at)
                     VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement verification = c.prepareStatement("""
                     INSERT INTO goal_verification (goal_id, milestone_id, verified_on, people, methods, findings, result,
                                                    recorded_by_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (GoalSeed g : goals) {
                long id = goalIds.next();
                LocalDate submitted = LocalDate.of(g.year(), 1, 20);
                long unitId = unitIds.get(g.unitCode());
                bindGoal(goal, id, unitId, g.year(), nextOrdinal(ordinals, unitId, g.year()), g.title(), g.dutyId(), g.officeId(), g.kind(),
                        g.quantity(), g.unit(), g.text());
                goal.setString(12, "PUBLISHED");
                goal.setString(13, null);
                goal.setString(14, REVIEWER);
                goal.setObject(15, at(submitted.plusDays(14), 10));
                goal.setObject(16, at(submitted, 9));
                goal.setObject(17, at(LocalDate.of(g.year(), 2, 28), 15));
                goal.setObject(18, at(submitted.minusDays(10), 9));
                goal.setObject(19, at(LocalDate.of(g.year(), 2, 28), 15));
                goal.addBatch();
                for (MilestoneSeed m : g.milestones()) {
                    long mid = milestoneIds.next();
                    milestone.setLong(1, mid);
                    milestone.setLong(2, id);
                    milestone.setInt(3, m.quarter());
                    milestone.setString(4, m.description());
                    milestone.setObject(5, m.dueOn());
                    milestone.setBigDecimal(6, m.dueQuantity());
                    milestone.addBatch();
                    if (m.progress() != null) {
                        progress.setLong(1, mid);
                        progress.setLong(2, id);
                        progress.setString(3, m.progress().report());
                        progress.setBigDecimal(4, m.progress().quantityReached());
                        progress.setString(5, REPORTER);
                        progress.setObject(6, at(m.progress().reportedOn(), 16));
                        progress.addBatch();
                    }
                    if (m.verification() != null) {
                        verification.setLong(1, id);
                        verification.setLong(2, mid);
                        verification.setObject(3, m.verification().verifiedOn());
                        verification.setString(4, m.verification().people());
                        verification.setArray(5, c.createArrayOf("text", m.verification().methods().stream().map(Enum::name).toArray()));
                        verification.setString(6, m.verification().findings());
                        verification.setString(7, m.verification().result().name());
                        verification.setString(8, REVIEWER);
                        verification.setObject(9, at(m.verification().verifiedOn(), 17));
                        verification.addBatch();
                    }
                }
            }
            goal.executeBatch();
            milestone.executeBatch();
            progress.executeBatch();
            verification.executeBatch();
        }
    }

    private static void bindGoal(PreparedStatement ps, long id, long unitId, int year, int ordinal, String title, Long dutyId,
                                 Long officeId, TargetKind kind, BigDecimal quantity, String unit, String text) throws SQLException {
        ps.setLong(1, id);
        ps.setLong(2, unitId);
        ps.setInt(3, year);
        ps.setInt(4, ordinal);
        ps.setString(5, title);
        ps.setObject(6, dutyId);
        ps.setObject(7, officeId);
        ps.setString(8, kind.name());
        ps.setBigDecimal(9, quantity);
        ps.setString(10, unit);
        ps.setString(11, text);
    }

    /** The goals of D10 and D11 still in this year's workflow, after their published ones. */
    private static void insertPending(Connection c, List<UnitRef> units, Map<String, Long> unitIds, Iterator<Long> goalIds,
                                      Map<String, Integer> ordinals) throws SQLException {
        LocalDate day = LocalDate.now(BEIJING).minusDays(3);
        try (PreparedStatement goal = c.prepareStatement(GOAL);
             PreparedStatement milestone = c.prepareStatement("""
                     INSERT INTO duty_goal_milestone (goal_id, quarter, description, due_on, due_quantity) VALUES (?, ?, ?, ?, ?)""")) {
            for (PendingSeed p : DemoGoals.PENDING) {
                UnitRef unit = units.stream().filter(u -> u.code().equals(p.unitCode())).findFirst().orElse(null);
                if (unit == null) {
                    continue;
                }
                long id = goalIds.next();
                int ordinal = nextOrdinal(ordinals, unitIds.get(p.unitCode()), DemoGoals.THIS_YEAR);
                Long duty = p.dutyIndex() < unit.duties().size() ? unit.duties().get(p.dutyIndex()).id() : null;
                boolean quantity = p.kind() == TargetKind.QUANTITY;
                bindGoal(goal, id, unitIds.get(p.unitCode()), DemoGoals.THIS_YEAR, ordinal, p.title(), duty,
                        unit.offices().isEmpty() ? null : unit.offices().get(0), p.kind(),
                        quantity ? BigDecimal.valueOf(p.quantity()) : null, p.unit(), p.text());
                boolean reviewed = p.reviewComment() != null;
                goal.setString(12, p.status());
                goal.setString(13, p.reviewComment());
                goal.setString(14, reviewed ? REVIEWER : null);
                goal.setObject(15, reviewed ? at(day, 11) : null);
                goal.setObject(16, p.status().equals("DRAFT") ? null : at(day.minusDays(2), 9));
                goal.setObject(17, null);
                goal.setObject(18, at(day.minusDays(5), 9));
                goal.setObject(19, at(day, 11));
                goal.addBatch();
                for (int q = 1; q <= 4; q++) {
                    LocalDate due = LocalDate.of(DemoGoals.THIS_YEAR, q * 3, 1).plusMonths(1).minusDays(1);
                    milestone.setLong(1, id);
                    milestone.setInt(2, q);
                    milestone.setString(3, "第" + q + "季度：完成阶段任务");
                    milestone.setObject(4, due);
                    milestone.setBigDecimal(5, quantity && !"%".equals(p.unit())
                            ? BigDecimal.valueOf((long) p.quantity() * q / 4) : null);
                    milestone.addBatch();
                }
            }
            goal.executeBatch();
            milestone.executeBatch();
        }
    }
}

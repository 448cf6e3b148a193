package cn.lvzhi.demo.evaluation;

import cn.lvzhi.cases.WorkingDays;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.ledger.LedgerCalendar;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo rectification ledger (整改台账) of last year's published annual round once: problems raised through
 * {@link ProblemService#record} (so the ledger opens their items as for any finding), then carried to every state —
 * closed, verified, rectified late, open and overdue, failed a verification and open again, an extension pending —
 * most of them for 生态环境局 (JZ-QH-D10). Items other slices' demo findings opened are left as they are.
 */
@ApplicationScoped
public class DemoFieldworkLedgerLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkLedgerLoader.class);
    private static final long LOAD_LOCK = 7340135L;
    /** Who raises the demo's own problems: how the loader knows its own items. */
    static final String RAISED_BY = "清河区委编办评估组";

    /** Where a demo item ends. */
    enum End { CLOSED, VERIFIED, RECTIFIED_LATE, OVERDUE, FAILED_ONCE, EXTENSION_PENDING, OPEN }

    /** One demo problem: whose, what found it, what it says, its actions, how many days ago it opened, where it ends. */
    record Seed(String unitCode, ProblemSource source, String description, List<String> actions, int openedDaysAgo, End end) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("JZ-QH-D10", ProblemSource.SCORE, "执法案卷评查得分偏低：部分行政处罚案卷文书不规范、证据链不完整",
                    List.of("组织全局执法案卷自查", "开展执法文书制作培训"), 120, End.CLOSED),
            new Seed("JZ-QH-D10", ProblemSource.SYMPOSIUM, "座谈反映：环评审批窗口一次性告知不到位，企业多次往返",
                    List.of("修订环评审批一次性告知单", "窗口人员业务轮训"), 90, End.VERIFIED),
            new Seed("JZ-QH-D10", ProblemSource.FORM_REVIEW, "部门间职责边界履职表：与城市管理局的餐饮油烟污染监管衔接不清",
                    List.of("与城市管理局会商明确油烟监管分工"), 75, End.RECTIFIED_LATE),
            new Seed("JZ-QH-D10", ProblemSource.OTHER, "函调反映：12345 环境投诉办结反馈多次超期",
                    List.of("建立投诉办理时限预警"), 60, End.OVERDUE),
            new Seed("JZ-QH-D10", ProblemSource.VERIFICATION, "察访核验：大气污染源执法检查台账记录不完整",
                    List.of("补录全年执法检查台账", "落实检查记录双人签字"), 80, End.FAILED_ONCE),
            new Seed("JZ-QH-D10", ProblemSource.SYMPOSIUM, "座谈反映：排污许可证后监管检查频次不足",
                    List.of("制定证后监管年度检查计划"), 10, End.EXTENSION_PENDING),
            new Seed("JZ-QH-D11", ProblemSource.SYMPOSIUM, "座谈反映：占道经营整治存在反弹，长效机制不健全",
                    List.of("建立重点路段网格巡查机制"), 15, End.OPEN),
            new Seed("JZ-QH-D11", ProblemSource.FORM_REVIEW, "年度职能运行成效表：城市管理执法目标佐证材料不足",
                    List.of("补充执法目标完成佐证材料"), 100, End.CLOSED));

    private final DemoDatabase db;
    private final ProblemService problems;

    public DemoFieldworkLedgerLoader(DemoDatabase db, ProblemService problems) {
        this.db = db;
        this.problems = problems;
    }

    /** Loads the demo items unless the ledger already holds the demo's own; returns how many were loaded. */
    public int load(OffsetDateTime now) throws SQLException {
        int loaded = db.locked(LOAD_LOCK, c -> {
            Long round = lastYearsRound(c, now);
            if (round == null || count(c, "SELECT count(*) FROM evaluation_problem WHERE raised_by_name = ?", RAISED_BY) > 0) {
                return 0;
            }
            long office = id(c, DemoDistrict.DISTRICT + "-BB");
            ScopedActor actor = ScopedActor.of(new Actor("demo-ledger", "bianban", RAISED_BY, false, office,
                    DemoDistrict.DISTRICT + "-BB", Set.of(Role.ESTABLISHMENT_OFFICE)), UnitKind.ESTABLISHMENT_OFFICE, null, null);
            List<Finding> findings = new ArrayList<>();
            for (Seed seed : SEEDS) {
                long unit = id(c, seed.unitCode());
                Long score = seed.source() == ProblemSource.SCORE ? firstScore(c, round, unit) : null;
                findings.add(new Finding(round, unit, seed.source(), score, seed.description(), null,
                        score == null ? null : indicator(c, score), null, null, null));
            }
            List<Long> items = raise(actor, findings);
            for (int i = 0; i < SEEDS.size(); i++) {
                carry(c, items.get(i), SEEDS.get(i), now);
            }
            return items.size();
        });
        if (loaded > 0) {
            LOG.infof("demo rectification ledger loaded: %d items", loaded);
        }
        return loaded;
    }

    private List<Long> raise(ScopedActor actor, List<Finding> findings) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
                Uni<List<Long>> all = Uni.createFrom().item(new ArrayList<>());
                for (Finding f : findings) {
                    all = all.chain(ids -> problems.record(actor, f).map(p -> {
                        ids.add(p.ledgerItemId);
                        return ids;
                    }));
                }
                return all;
            }));
        } catch (Throwable e) {
            throw new IllegalStateException("demo ledger: raising its problems failed", e);
        }
    }

    /** Dates the item as the seed says and carries it to its end, with its actions and timeline. */
    private static void carry(Connection c, long item, Seed seed, OffsetDateTime now) throws SQLException {
        OffsetDateTime opened = now.minusDays(seed.openedDaysAgo());
        LocalDate due = LedgerCalendar.dueOn(opened, 20);
        exec(c, "UPDATE evaluation_ledger_item SET opened_at = ?, due_on = ? WHERE id = ?", opened, due, item);
        exec(c, "UPDATE evaluation_problem SET raised_at = ? WHERE ledger_item_id = ?", opened, item);
        exec(c, "UPDATE evaluation_ledger_event SET at = ? WHERE item_id = ?", opened, item);
        String unitUser = seed.unitCode().equals("JZ-QH-D10") ? "生态环境局 张敏" : "城市管理局 李强";
        boolean actionsDone = seed.end() == End.CLOSED || seed.end() == End.VERIFIED;
        OffsetDateTime doneAt = WorkingDays.plus(opened, 12);
        for (String action : seed.actions()) {
            exec(c, """
                    INSERT INTO evaluation_ledger_action (item_id, description, done, done_at, done_by_name) VALUES (?, ?, ?, ?, ?)""",
                    item, action, actionsDone, actionsDone ? doneAt : null, actionsDone ? unitUser : null);
            event(c, item, "ACTION_ADDED", opened.plusHours(2), unitUser, action, null);
            if (actionsDone) {
                event(c, item, "ACTION_DONE", doneAt, unitUser, action, null);
            }
        }
        switch (seed.end()) {
            case CLOSED -> {
                rectify(c, item, WorkingDays.plus(opened, 15), due, unitUser, "已按整改措施逐项落实，附整改报告");
                verify(c, item, WorkingDays.plus(opened, 18), "EFFECTIVE", "VERIFIED", "抽查整改材料，整改到位");
                OffsetDateTime closed = WorkingDays.plus(opened, 19);
                exec(c, "UPDATE evaluation_ledger_item SET state = 'CLOSED', closed_at = ?, closed_by_name = ? WHERE id = ?",
                        closed, RAISED_BY, item);
                event(c, item, "CLOSED", closed, RAISED_BY, null, null);
            }
            case VERIFIED -> {
                rectify(c, item, WorkingDays.plus(opened, 16), due, unitUser, "已修订告知单并完成窗口轮训");
                verify(c, item, WorkingDays.plus(opened, 20), "MOSTLY", "VERIFIED", "告知单已修订，轮训记录待补充");
            }
            case RECTIFIED_LATE -> rectify(c, item, WorkingDays.plus(opened, 23), due, unitUser, "已与城市管理局签订油烟监管分工备忘录");
            case FAILED_ONCE -> {
                rectify(c, item, WorkingDays.plus(opened, 10), due, unitUser, "已补录检查台账");
                verify(c, item, WorkingDays.plus(opened, 13), "INEFFECTIVE", "VERIFICATION_FAILED", "抽查发现仍有 6 家企业检查记录缺失");
                exec(c, """
                        UPDATE evaluation_ledger_item SET state = 'OPEN', failed_verifications = 1, rectified_at = NULL,
                            rectified_by_subject = NULL, rectified_by_name = NULL, days_late = NULL,
                            due_on = ? WHERE id = ?""", LedgerCalendar.dueOn(WorkingDays.plus(opened, 13), 20), item);
            }
            case EXTENSION_PENDING -> {
                OffsetDateTime asked = WorkingDays.plus(opened, 3);
                exec(c, """
                        INSERT INTO evaluation_ledger_extension (item_id, reason, requested_due_on, previous_due_on, requested_by_name,
                            requested_at, status) VALUES (?, ?, ?, ?, ?, ?, 'PENDING')""",
                        item, "需结合省厅专项检查统一部署", due.plusDays(30), due, unitUser, asked);
                event(c, item, "EXTENSION_REQUESTED", asked, unitUser, due.plusDays(30) + "：需结合省厅专项检查统一部署", null);
            }
            case OVERDUE, OPEN -> {
                // stays open: OVERDUE is dated so its due date has passed, OPEN is still within it
            }
        }
    }

    private static void rectify(Connection c, long item, OffsetDateTime at, LocalDate due, String by, String evidence) throws SQLException {
        int late = LedgerCalendar.workingDaysLate(due, LedgerCalendar.day(at));
        exec(c, """
                UPDATE evaluation_ledger_item SET state = 'RECTIFIED', rectified_at = ?, rectified_by_subject = 'demo-unit',
                    rectified_by_name = ?, evidence = ?, days_late = ? WHERE id = ?""", at, by, evidence, late, item);
        event(c, item, "RECTIFIED", at, by, evidence, null);
    }

    private static void verify(Connection c, long item, OffsetDateTime at, String rating, String kind, String note) throws SQLException {
        exec(c, """
                UPDATE evaluation_ledger_item SET state = 'VERIFIED', verified_at = ?, verified_by_name = ?, rating = ? WHERE id = ?""",
                at, RAISED_BY, rating, item);
        event(c, item, kind, at, RAISED_BY, note, rating);
    }

    private static void event(Connection c, long item, String kind, OffsetDateTime at, String by, String note, String rating)
            throws SQLException {
        exec(c, "INSERT INTO evaluation_ledger_event (item_id, kind, at, by_name, note, rating) VALUES (?, ?, ?, ?, ?, ?)",
                item, kind, at, by, note, rating);
    }

    private static Long lastYearsRound(Connection c, OffsetDateTime now) throws SQLException {
        LocalDate start = LocalDate.of(LedgerCalendar.day(now).getYear() - 1, 1, 1);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM evaluation_round WHERE stage = 'PUBLISHED' AND period_kind = 'YEAR' AND period_start = ?
                ORDER BY id LIMIT 1""")) {
            ps.setObject(1, start);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Long firstScore(Connection c, long round, long unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM evaluation_score WHERE round_id = ? AND unit_id = ? AND NOT not_applicable ORDER BY indicator_code LIMIT 1""")) {
            ps.setLong(1, round);
            ps.setLong(2, unit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static String indicator(Connection c, long score) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT indicator_code FROM evaluation_score WHERE id = ?")) {
            ps.setLong(1, score);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long id(Connection c, String code) throws SQLException {
        return count(c, "SELECT id FROM unit WHERE code = ?", code);
    }

    private static long count(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}

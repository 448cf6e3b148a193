package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.sanding.SandingService;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo 三定 execution findings (润州) once, when that round has none yet: in last year's published annual round, 编办's
 * findings on 生态环境局 (D10: one 缺位, one 错位 by 城市管理局, the rest 履行到位), 城市管理局 (D11: all 履行到位) and
 * 住建局 (D09), whose first cancelled duty is linked to its list item with the most cases since that year began — the
 * item is still in force and cases keep arriving, so the follow-up is flagged. The problems the findings raise go to the
 * ledger through the product's own service.
 */
@ApplicationScoped
public class DemoFieldworkSandingLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkSandingLoader.class);
    private static final long LOAD_LOCK = 7340136L;
    private static final String RECORDER = "清河区编办（演示）";

    private final DemoDatabase db;
    private final SandingService sanding;

    public DemoFieldworkSandingLoader(DemoDatabase db, SandingService sanding) {
        this.db = db;
        this.sanding = sanding;
    }

    /** One duty of a demo department as the loader reads it. */
    private record DemoDuty(long id, long unitId, int ordinal, String changeStatus) {
    }

    /** Loads the findings unless the round has some, then raises their problems; the number of findings loaded. */
    public int load(OffsetDateTime now) throws SQLException {
        List<Long> raise = new ArrayList<>();
        ScopedActor[] recorder = new ScopedActor[1];
        int loaded = db.locked(LOAD_LOCK, c -> {
            recorder[0] = office(c);
            return structure(c, now, raise);
        });
        if (loaded > 0) {
            ScopedActor office = recorder[0];
            for (long finding : raise) {
                try {
                    VertxContextSupport.subscribeAndAwait(() -> sanding.raiseMissing(office, finding));
                } catch (Throwable e) {
                    throw new IllegalStateException("demo 三定 finding " + finding + ": raising its problems failed", e);
                }
            }
            LOG.infof("demo 三定 findings loaded: %d findings, %d raising problems", loaded, raise.size());
        }
        return loaded;
    }

    private int structure(Connection c, OffsetDateTime now, List<Long> raise) throws SQLException {
        // the demo's own round of last year: a round a user published later is never filled with demo findings
        int lastYear = now.atZoneSameInstant(DemoEvaluationRounds.BEIJING).getYear() - 1;
        Long round = one(c, """
                SELECT r.id FROM evaluation_round r WHERE r.region_path = (SELECT path FROM unit WHERE code = ?)
                  AND r.period_kind = 'YEAR' AND r.stage = 'PUBLISHED' AND r.created_by_name = ?
                  AND r.period_start = make_date(?, 1, 1)""", DemoDistrict.DISTRICT, DemoEvaluationRounds.BY, lastYear);
        if (round == null || one(c, "SELECT id FROM evaluation_duty_finding WHERE round_id = ? LIMIT 1", round) != null) {
            return 0;
        }
        long d11 = one(c, "SELECT id FROM unit WHERE code = ?", DemoDistrict.DISTRICT + "-D11");
        OffsetDateTime recorded = now.minusMonths(11);
        int count = 0;
        for (DemoDuty d : duties(c, DemoDistrict.DISTRICT + "-D10")) {
            String verdict = d.ordinal() == 3 ? "ABSENT" : d.ordinal() == 5 ? "MISPLACED" : "FULFILLED";
            String note = switch (verdict) {
                case "ABSENT" -> "全年未组织开展该项权责事项的实施和对镇街的业务指导，台账为空。";
                case "MISPLACED" -> "水环境日常巡查和处置实际由城市管理局执法队伍承担，本局未牵头。";
                default -> null;
            };
            count += finding(c, round, d, verdict, "MISPLACED".equals(verdict) ? d11 : null, note, recorded, raise);
        }
        for (DemoDuty d : duties(c, DemoDistrict.DISTRICT + "-D11")) {
            count += finding(c, round, d, "FULFILLED", null, null, recorded, raise);
        }
        boolean linked = false;
        for (DemoDuty d : duties(c, DemoDistrict.DISTRICT + "-D09")) {
            boolean cancelledInUse = !linked && "CANCELLED".equals(d.changeStatus()) && link(c, round, d);
            linked |= cancelledInUse;
            count += finding(c, round, d, cancelledInUse ? "OVERSTEP" : "FULFILLED", null,
                    cancelledInUse ? "职责已于“三定”调整中取消，仍按原事项受理和办理案件。" : null, recorded, raise);
        }
        return count;
    }

    private static List<DemoDuty> duties(Connection c, String unitCode) throws SQLException {
        List<DemoDuty> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT d.id, d.unit_id, d.ordinal, d.change_status FROM mandate_duty d JOIN unit u ON u.id = d.unit_id
                WHERE u.code = ? ORDER BY d.ordinal, d.id""")) {
            st.setString(1, unitCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new DemoDuty(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** Links the cancelled duty to its unit's published item with the most cases since the round's period began. */
    private static boolean link(Connection c, long round, DemoDuty duty) throws SQLException {
        Long item = one(c, """
                SELECT li.id FROM list_item li JOIN case_file cf ON cf.category_item_id = li.id
                WHERE li.unit_id = ? AND li.status = 'PUBLISHED'
                  AND cf.reported_at >= (SELECT period_start FROM evaluation_round WHERE id = ?)
                GROUP BY li.id ORDER BY count(*) DESC, li.id LIMIT 1""", duty.unitId(), round);
        if (item == null) {
            return false;
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO mandate_duty_item_link (duty_id, list_item_id, linked_by_name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            st.setLong(1, duty.id());
            st.setLong(2, item);
            st.setString(3, RECORDER);
            st.executeUpdate();
        }
        return true;
    }

    private static int finding(Connection c, long round, DemoDuty d, String verdict, Long wrongUnit, String note,
                               OffsetDateTime at, List<Long> raise) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO evaluation_duty_finding (round_id, duty_id, unit_id, verdict, wrong_unit_id, note, evidence,
                                                     recorded_by_name, recorded_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            st.setLong(1, round);
            st.setLong(2, d.id());
            st.setLong(3, d.unitId());
            st.setString(4, verdict);
            st.setObject(5, wrongUnit);
            st.setString(6, note);
            st.setString(7, "FULFILLED".equals(verdict) ? null : "年度察访核验记录、案卷抽查清单");
            st.setString(8, RECORDER);
            st.setTimestamp(9, Timestamp.from(at.toInstant()));
            st.setTimestamp(10, Timestamp.from(at.toInstant()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (!"FULFILLED".equals(verdict) || "CANCELLED".equals(d.changeStatus()) || "STRENGTHENED".equals(d.changeStatus())) {
                    raise.add(id);
                }
            }
        }
        return 1;
    }

    private static Long one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** 编办 of 清河区, as whom the demo raises the findings' problems. */
    private static ScopedActor office(Connection c) throws SQLException {
        String code = DemoDistrict.DISTRICT + "-BB";
        try (PreparedStatement st = c.prepareStatement("""
                SELECT o.id, o.path, r.path FROM unit o, unit r WHERE o.code = ? AND r.code = ?""")) {
            st.setString(1, code);
            st.setString(2, DemoDistrict.DISTRICT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Actor actor = new Actor("demo-loader", "demo", RECORDER, false, rs.getLong(1), code, Set.of(Role.ESTABLISHMENT_OFFICE));
                return ScopedActor.of(actor, UnitKind.ESTABLISHMENT_OFFICE, rs.getString(2), rs.getString(3));
            }
        }
    }
}

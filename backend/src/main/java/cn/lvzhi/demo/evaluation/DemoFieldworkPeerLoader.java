package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.peer.PeerAssigner;
import cn.lvzhi.evaluation.peer.PeerKind;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo peer assessment (演示互评) of 清河区 once, when none exists: last year's published annual round with its
 * whole matrix rated and submitted (so its peer scores show), and this year's round in progress with its matrix
 * generated and some ratings given — 生态环境局 (JZ-QH-D10) has rated about half of its targets and not submitted yet.
 * The matrix comes from the product's own {@link PeerAssigner} with rules 部门互评 8, 乡镇评部门 3, 部门评乡镇 5 and
 * two conflicts in the register.
 */
@ApplicationScoped
public class DemoFieldworkPeerLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkPeerLoader.class);
    private static final long LOAD_LOCK = 7340131L;
    private static final String BY = "演示数据";
    private static final List<PeerAssigner.Rule> RULES = List.of(
            new PeerAssigner.Rule(PeerKind.DEPARTMENT, PeerKind.DEPARTMENT, 8),
            new PeerAssigner.Rule(PeerKind.TOWNSHIP, PeerKind.DEPARTMENT, 3),
            new PeerAssigner.Rule(PeerKind.DEPARTMENT, PeerKind.TOWNSHIP, 5));
    /** Pairs of units the register keeps apart, for every round of the region (code, code, reason). */
    private static final List<String[]> CONFLICTS = List.of(
            new String[] {"JZ-QH-D05", "JZ-QH-D06", "两单位合署办公，互评回避"},
            new String[] {"JZ-QH-D10", "JZ-QH-D11", "执法协作联动单位，互评回避"});

    private final DemoDatabase db;

    public DemoFieldworkPeerLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads the peer assessment of the demo rounds unless one exists; the number of rounds set up. */
    public int load(OffsetDateTime now) throws SQLException {
        int rounds = db.loadOnce(LOAD_LOCK, "evaluation_peer_setup", c -> structure(c, now));
        if (rounds > 0) {
            LOG.infof("demo peer assessment loaded for %d rounds", rounds);
        }
        return rounds;
    }

    /** A round to set up: its id and whether it is the published one. */
    record DemoRound(long id, boolean published) {
    }

    static int structure(Connection c, OffsetDateTime now) throws SQLException {
        String region = one(c, "SELECT path FROM unit WHERE code = ?", "JZ-QH");
        if (region == null) {
            return 0;
        }
        int year = now.atZoneSameInstant(DemoEvaluationRounds.BEIJING).getYear();
        List<DemoRound> rounds = new ArrayList<>();
        String annual = "SELECT id FROM evaluation_round WHERE region_path = ? AND period_kind = 'YEAR' AND period_start = ?"
                + " AND (stage = 'PUBLISHED') = ? ORDER BY id LIMIT 1";
        String last = one(c, annual, region, LocalDate.of(year - 1, 1, 1), true);
        String current = one(c, annual, region, LocalDate.of(year, 1, 1), false);
        if (last != null) {
            rounds.add(new DemoRound(Long.parseLong(last), true));
        }
        if (current != null) {
            rounds.add(new DemoRound(Long.parseLong(current), false));
        }
        if (rounds.isEmpty()) {
            return 0;
        }
        Set<List<Long>> pairs = conflicts(c, region, now);
        for (DemoRound round : rounds) {
            setUp(c, round, candidates(c, round.id()), pairs, year, now);
        }
        return rounds.size();
    }

    private static Set<List<Long>> conflicts(Connection c, String region, OffsetDateTime now) throws SQLException {
        Set<List<Long>> pairs = new HashSet<>();
        for (String[] conflict : CONFLICTS) {
            String a = one(c, "SELECT id FROM unit WHERE code = ?", conflict[0]);
            String b = one(c, "SELECT id FROM unit WHERE code = ?", conflict[1]);
            if (a == null || b == null) {
                continue;
            }
            List<Long> pair = PeerAssigner.pair(Long.parseLong(a), Long.parseLong(b));
            pairs.add(pair);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO evaluation_peer_conflict (region_path, unit_a_id, unit_b_id, reason, created_by_name, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, region);
                ps.setLong(2, pair.get(0));
                ps.setLong(3, pair.get(1));
                ps.setString(4, conflict[2]);
                ps.setString(5, BY);
                ps.setObject(6, now.minusYears(1));
                ps.executeUpdate();
            }
        }
        return pairs;
    }

    private static List<PeerAssigner.Candidate> candidates(Connection c, long roundId) throws SQLException {
        List<PeerAssigner.Candidate> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT u.id, u.code, ru.category FROM evaluation_round_unit ru JOIN unit u ON u.id = ru.unit_id
                WHERE ru.round_id = ? ORDER BY u.code""")) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new PeerAssigner.Candidate(rs.getLong(1), rs.getString(2),
                            PeerKind.of(EvaluationCategory.valueOf(rs.getString(3)))));
                }
            }
        }
        return list;
    }

    private static void setUp(Connection c, DemoRound round, List<PeerAssigner.Candidate> candidates, Set<List<Long>> pairs,
                              int year, OffsetDateTime now) throws SQLException {
        OffsetDateTime generated = round.published()
                ? OffsetDateTime.of(year - 1, 12, 1, 9, 0, 0, 0, now.getOffset()) : now.minusDays(10);
        OffsetDateTime closes = round.published()
                ? OffsetDateTime.of(year - 1, 12, 20, 18, 0, 0, 0, now.getOffset()) : now.plusDays(20);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_peer_setup (round_id, closes_at, trim_from, generated_at, generated_by_name)
                VALUES (?, ?, 5, ?, ?)""")) {
            ps.setLong(1, round.id());
            ps.setObject(2, closes);
            ps.setObject(3, generated);
            ps.setString(4, BY);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_peer_rule (round_id, rater_kind, target_kind, raters_per_target) VALUES (?, ?, ?, ?)""")) {
            for (PeerAssigner.Rule rule : RULES) {
                ps.setLong(1, round.id());
                ps.setString(2, rule.raterKind().name());
                ps.setString(3, rule.targetKind().name());
                ps.setInt(4, rule.ratersPerTarget());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<Long, String> codes = new HashMap<>();
        candidates.forEach(x -> codes.put(x.unitId(), x.code()));
        PeerAssigner.Matrix matrix = PeerAssigner.assign(candidates, RULES, pairs);
        Map<Long, Integer> given = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_peer_assignment (round_id, rater_kind, target_kind, rater_unit_id, target_unit_id, score,
                                                        comment, rated_at, rated_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (PeerAssigner.Cell cell : matrix.cells()) {
                String rater = codes.get(cell.raterUnitId());
                String target = codes.get(cell.targetUnitId());
                int seen = given.merge(cell.raterUnitId(), 1, Integer::sum);
                boolean rated = round.published() || ratedThisYear(rater, seen);
                ps.setLong(1, round.id());
                ps.setString(2, cell.raterKind().name());
                ps.setString(3, cell.targetKind().name());
                ps.setLong(4, cell.raterUnitId());
                ps.setLong(5, cell.targetUnitId());
                ps.setBigDecimal(6, rated ? score(rater, target) : null);
                ps.setString(7, rated && seen % 4 == 1 ? "配合协作积极，响应及时" : null);
                ps.setObject(8, rated ? generated.plusDays(1 + seen % 7) : null);
                ps.setString(9, rated ? BY : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        submit(c, round, given.keySet(), codes, generated);
    }

    /**
     * This year: a third of the raters (by code) have rated everything and submitted; 生态环境局 has rated its first
     * half; the others their first two targets.
     */
    private static boolean ratedThisYear(String rater, int nth) {
        if (submitsThisYear(rater)) {
            return true;
        }
        return rater.equals("JZ-QH-D10") ? nth <= 5 : nth <= 2;
    }

    private static boolean submitsThisYear(String rater) {
        return !rater.equals("JZ-QH-D10") && Math.floorMod(rater.hashCode(), 3) == 0;
    }

    private static void submit(Connection c, DemoRound round, Set<Long> raters, Map<Long, String> codes,
                               OffsetDateTime generated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_peer_submission (round_id, rater_unit_id, submitted_at, submitted_by_name)
                VALUES (?, ?, ?, ?)""")) {
            for (Long rater : raters) {
                if (round.published() || submitsThisYear(codes.get(rater))) {
                    ps.setLong(1, round.id());
                    ps.setLong(2, rater);
                    ps.setObject(3, generated.plusDays(9));
                    ps.setString(4, BY);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** A plausible score: the target's standing (80–94) and the rater's leaning (−4..+4), with a half point now and then. */
    static BigDecimal score(String rater, String target) {
        int standing = 80 + Math.floorMod(target.hashCode(), 15);
        int leaning = Math.floorMod((rater + target).hashCode(), 9) - 4;
        BigDecimal half = Math.floorMod(rater.hashCode(), 2) == 0 ? new BigDecimal("0.5") : BigDecimal.ZERO;
        return BigDecimal.valueOf(Math.min(100, standing + leaning)).add(half).min(BigDecimal.valueOf(100)).setScale(2);
    }

    private static String one(Connection c, String query, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}

package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.evaluation.DemoEvaluationRounds.RoundSeed;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.computations.RoundFigures;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.org.UnitCategory;
import cn.lvzhi.org.UnitKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo evaluation rounds (演示评估批次) of 清河区 once, when no round exists yet: the rounds, their units,
 * submissions and score rows in one transaction; then the figures are computed by the product's own computations
 * ({@link RoundFigures}) and the rounds to publish are marked ({@link DemoMarks}) and published.
 */
@ApplicationScoped
public class DemoEvaluationRoundsLoader {
    private static final Logger LOG = Logger.getLogger(DemoEvaluationRoundsLoader.class);
    private static final long LOAD_LOCK = 7340112L;

    private final DemoDatabase db;
    private final ObjectMapper json;
    private final RoundFigures figures;

    public DemoEvaluationRoundsLoader(DemoDatabase db, ObjectMapper json, RoundFigures figures) {
        this.db = db;
        this.json = json;
        this.figures = figures;
    }

    /** A unit in the rounds' scope. */
    record ScopeUnit(long id, String code, EvaluationCategory category) {
    }

    /** A scheme of the region, by id. */
    record Scheme(long id, int year, SchemeDocument document) {
    }

    /** Loads the rounds unless some exist, then computes, marks and publishes what the demo left unfinished. */
    public int load(OffsetDateTime now) throws SQLException, IOException {
        int rounds = db.loadOnce(LOAD_LOCK, "evaluation_round", c -> structure(c, now));
        int finished = finish();
        if (rounds > 0) {
            LOG.infof("demo evaluation rounds loaded: %d rounds, %d published", rounds, finished);
        }
        return rounds;
    }

    private int structure(Connection c, OffsetDateTime now) throws SQLException, IOException {
        String region = regionPath(c);
        List<Scheme> schemes = schemes(c, region);
        if (schemes.isEmpty()) {
            return 0;
        }
        List<ScopeUnit> units = scope(c, region);
        Map<String, Long> ids = new HashMap<>();
        for (RoundSeed seed : DemoEvaluationRounds.rounds(now)) {
            Scheme scheme = schemeFor(schemes, seed.schemeYear());
            long id = insertRound(c, region, seed, scheme, ids.get(seed.previousKey()), now);
            ids.put(seed.key(), id);
            insertUnitsAndScores(c, id, scheme.document(), units);
            DemoSubmissions.insert(c, id, seed, scheme.document(), units, now);
        }
        return ids.size();
    }

    /**
     * Finishes the demo rounds: computes the figures of every demo round not computed yet; marks and publishes those
     * waiting in FINAL_MARK. Runs after the structure's transaction, outside it: the computations are the product's
     * reactive code, run here on a Vert.x context.
     */
    private int finish() throws SQLException, IOException {
        List<long[]> pending = new ArrayList<>();
        db.locked(LOAD_LOCK, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.id, CASE WHEN r.stage = 'FINAL_MARK' AND r.published_by_name = ? THEN 1 ELSE 0 END,
                           CASE WHEN EXISTS (SELECT 1 FROM evaluation_score s WHERE s.round_id = r.id
                                             AND s.computed_at IS NOT NULL) THEN 1 ELSE 0 END,
                           CASE WHEN r.period_end < (SELECT min(reported_at) FROM case_file)::date THEN 1 ELSE 0 END
                    FROM evaluation_round r WHERE r.created_by_name = ? AND r.stage IN ('FINAL_MARK', 'SELF_ASSESSMENT')
                    ORDER BY r.id""")) {
                ps.setString(1, DemoEvaluationRounds.BY);
                ps.setString(2, DemoEvaluationRounds.BY);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pending.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    }
                }
            }
            return 0; // a read: it loads nothing
        });
        int published = 0;
        for (long[] round : pending) {
            if (round[3] == 1) {
                // a period before the platform's first case: its own data says nothing about it
                db.locked(LOAD_LOCK, c -> DemoMarks.beforeThePlatform(c, round[0], json));
            } else if (round[2] == 0) {
                compute(round[0]);
            }
            if (round[1] == 1) {
                db.locked(LOAD_LOCK, c -> DemoMarks.markAndPublish(c, round[0], json));
                published++;
            }
        }
        return published;
    }

    private void compute(long roundId) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> figures.compute(roundId));
        } catch (Throwable e) {
            throw new IllegalStateException("demo round " + roundId + ": computing its figures failed", e);
        }
    }

    private static long insertRound(Connection c, String region, RoundSeed seed, Scheme scheme, Long previous,
                                    OffsetDateTime now) throws SQLException {
        boolean toPublish = seed.published();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_round (region_path, name, scheme_id, period_kind, period_start, period_end, stage,
                    min_rank_sample, reply_closes_at, previous_round_id, created_by_name, created_at, published_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setString(1, region);
            ps.setString(2, seed.name());
            ps.setLong(3, scheme.id());
            ps.setString(4, seed.periodKind().name());
            ps.setObject(5, seed.start());
            ps.setObject(6, seed.end());
            // a round to publish waits in FINAL_MARK until its figures are computed and its marks given
            ps.setString(7, toPublish ? EvaluationStage.FINAL_MARK.name() : seed.finalStage().name());
            ps.setInt(8, DemoEvaluationRounds.MIN_RANK_SAMPLE);
            ps.setObject(9, toPublish ? seed.publishedAt().minusDays(7) : null);
            ps.setObject(10, previous);
            ps.setString(11, DemoEvaluationRounds.BY);
            OffsetDateTime created = toPublish ? seed.publishedAt().minusDays(45) : now.minusDays(40);
            ps.setTimestamp(12, Timestamp.from(created.toInstant()));
            // marks the round the demo publishes once figured (a round a user moved to FINAL_MARK is left alone)
            ps.setString(13, toPublish ? DemoEvaluationRounds.BY : null);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The round's units (category frozen) and one score row per unit and leaf, not applicable outside its categories. */
    private static void insertUnitsAndScores(Connection c, long roundId, SchemeDocument scheme, List<ScopeUnit> units)
            throws SQLException {
        List<IndicatorNode> leaves = scheme.leaves();
        try (PreparedStatement unit = c.prepareStatement(
                "INSERT INTO evaluation_round_unit (round_id, unit_id, category) VALUES (?, ?, ?)");
             PreparedStatement score = c.prepareStatement("""
                     INSERT INTO evaluation_score (round_id, unit_id, indicator_code, not_applicable) VALUES (?, ?, ?, ?)""")) {
            for (ScopeUnit u : units) {
                unit.setLong(1, roundId);
                unit.setLong(2, u.id());
                unit.setString(3, u.category().name());
                unit.addBatch();
                for (IndicatorNode leaf : leaves) {
                    score.setLong(1, roundId);
                    score.setLong(2, u.id());
                    score.setString(3, leaf.code());
                    score.setBoolean(4, !applies(scheme, leaf, u.category()));
                    score.addBatch();
                }
            }
            unit.executeBatch();
            score.executeBatch();
        }
    }

    /** A leaf applies when it and every parent above it apply to the category. */
    static boolean applies(SchemeDocument scheme, IndicatorNode leaf, EvaluationCategory category) {
        for (IndicatorNode n = leaf; n != null; n = n.parentCode() == null ? null : scheme.node(n.parentCode()).orElse(null)) {
            if (!n.appliesTo(category)) {
                return false;
            }
        }
        return true;
    }

    private static Scheme schemeFor(List<Scheme> schemes, int year) {
        Scheme best = schemes.get(0);
        for (Scheme s : schemes) {
            if (s.year() <= year && s.year() >= best.year() || best.year() > year && s.year() < best.year()) {
                best = s;
            }
        }
        return best;
    }

    private List<Scheme> schemes(Connection c, String region) throws SQLException, IOException {
        List<Scheme> schemes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, year, document::text FROM evaluation_scheme WHERE region_path = ? AND status = 'ACTIVE'
                ORDER BY year""")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schemes.add(new Scheme(rs.getLong(1), rs.getInt(2), json.readValue(rs.getString(3), SchemeDocument.class)));
                }
            }
        }
        return schemes;
    }

    /** The departments with a category and the townships directly under the district. */
    private static List<ScopeUnit> scope(Connection c, String region) throws SQLException {
        List<ScopeUnit> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT u.id, u.code, u.kind, u.category FROM unit u JOIN unit r ON u.parent_id = r.id
                WHERE r.path = ? ORDER BY u.code""")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UnitCategory category = rs.getString(4) == null ? null : UnitCategory.valueOf(rs.getString(4));
                    EvaluationCategory group = EvaluationCategory.of(UnitKind.valueOf(rs.getString(3)), category);
                    if (group != null) {
                        units.add(new ScopeUnit(rs.getLong(1), rs.getString(2), group));
                    }
                }
            }
        }
        return units;
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

    /** The forms every unit submits in the demo rounds. */
    static final List<SubmissionForm> FORMS = List.of(SubmissionForm.GOAL_PROGRESS, SubmissionForm.SELF_ASSESSMENT);

    static LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(DemoEvaluationRounds.BEIJING).toLocalDate();
    }
}

package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.evaluation.DemoEvaluationRounds.RoundSeed;
import cn.lvzhi.demo.evaluation.DemoEvaluationRoundsLoader.ScopeUnit;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

/**
 * What the demo units submitted (报送) in each round: everything, a few late, in the published rounds; in the round in
 * progress the goal-progress report from all but two units (who got a 提醒函) and a quarter of the self-assessments.
 */
final class DemoSubmissions {
    private DemoSubmissions() {
    }

    static void insert(Connection c, long roundId, RoundSeed seed, SchemeDocument scheme, Iterable<ScopeUnit> units,
                       OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_submission (round_id, unit_id, form, due_at, locks_at, status, submitted_at,
                    submitted_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ScopeUnit u : units) {
                for (SubmissionForm form : DemoEvaluationRoundsLoader.FORMS) {
                    OffsetDateTime due = due(seed, form, now);
                    OffsetDateTime submitted = submittedAt(seed, form, u, due, now);
                    ps.setLong(1, roundId);
                    ps.setLong(2, u.id());
                    ps.setString(3, form.name());
                    ps.setTimestamp(4, ts(due));
                    ps.setTimestamp(5, ts(due.plusDays(seed.published() ? 5 : 10)));
                    ps.setString(6, submitted == null ? "PENDING" : seed.published() ? "ACCEPTED" : "SUBMITTED");
                    ps.setTimestamp(7, submitted == null ? null : ts(submitted));
                    ps.setString(8, submitted == null ? null : DemoEvaluationRounds.BY);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        if (!seed.published()) {
            selfAssessments(c, roundId, scheme, units, now);
            letters(c, roundId, now);
        }
    }

    private static OffsetDateTime due(RoundSeed seed, SubmissionForm form, OffsetDateTime now) {
        if (seed.published()) {
            return seed.publishedAt().minusDays(form == SubmissionForm.GOAL_PROGRESS ? 40 : 32);
        }
        return form == SubmissionForm.GOAL_PROGRESS ? now.minusDays(10) : now.plusDays(15);
    }

    /** When the unit submitted the form, or null while it has not. */
    private static OffsetDateTime submittedAt(RoundSeed seed, SubmissionForm form, ScopeUnit u, OffsetDateTime due,
                                              OffsetDateTime now) {
        double s = DemoEvaluationRounds.spread(u.code(), seed.key() + form);
        if (seed.published()) {
            return s > 0.9 ? due.plusDays(2) : due.minusDays(1 + (long) (s * 5));
        }
        if (form == SubmissionForm.GOAL_PROGRESS) {
            return DemoEvaluationRounds.LATE_UNITS.contains(u.code()) ? null : due.minusDays(1 + (long) (s * 4));
        }
        return s < 0.25 ? now.minusDays(1 + (long) (s * 8)) : null;
    }

    /** The self-scores of the units that already submitted their self-assessment in the round in progress. */
    private static void selfAssessments(Connection c, long roundId, SchemeDocument scheme, Iterable<ScopeUnit> units,
                                        OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE evaluation_score SET self_score = ?, self_note = ?, self_by_name = ?, self_at = ?
                WHERE round_id = ? AND unit_id = ? AND indicator_code = ? AND NOT not_applicable""")) {
            for (ScopeUnit u : units) {
                double s = DemoEvaluationRounds.spread(u.code(), "annual-now" + SubmissionForm.SELF_ASSESSMENT);
                if (s >= 0.25) {
                    continue;
                }
                for (IndicatorNode leaf : scheme.leaves()) {
                    if (leaf.source() != IndicatorSource.SELF_REPORT || leaf.rule().kind() != ScoringRuleKind.DIRECT) {
                        continue;
                    }
                    BigDecimal points = leaf.pointsFor(u.category());
                    ps.setBigDecimal(1, points.multiply(BigDecimal.valueOf(0.9 + DemoEvaluationRounds.spread(u.code(), leaf.code()) * 0.1))
                            .setScale(2, RoundingMode.HALF_UP));
                    ps.setString(2, "对照三定规定逐项自查，职责均已落实到科室和岗位");
                    ps.setString(3, DemoEvaluationRounds.BY);
                    ps.setTimestamp(4, ts(now.minusDays(2)));
                    ps.setLong(5, roundId);
                    ps.setLong(6, u.id());
                    ps.setString(7, leaf.code());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** 提醒函 to the two units late with their goal-progress report. */
    private static void letters(Connection c, long roundId, OffsetDateTime now) throws SQLException {
        int year = DemoEvaluationRoundsLoader.day(now).getYear();
        int no = 1;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_reminder_letter (round_id, unit_id, letter_no, missing_forms, issued_by_name, issued_at)
                SELECT ?, id, ?, ARRAY['GOAL_PROGRESS'], ?, ? FROM unit WHERE code = ?""")) {
            for (String code : DemoEvaluationRounds.LATE_UNITS) {
                ps.setLong(1, roundId);
                ps.setString(2, "清编评提〔" + year + "〕" + no++ + "号");
                ps.setString(3, DemoEvaluationRounds.BY);
                ps.setTimestamp(4, ts(now.minusDays(3)));
                ps.setString(5, code);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Timestamp ts(OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }
}

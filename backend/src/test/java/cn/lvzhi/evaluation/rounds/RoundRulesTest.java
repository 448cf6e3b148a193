package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationPeriodKind;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules of rounds, as tables: stage moves, periods, marks and their reasons, lateness, letter numbers. */
class RoundRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-04-10T10:00:00+08:00");

    static RoundStages.Facts facts(int openSelf, int unmarkedFirst, Integer replyHours, int awaiting, int unmarkedFinal) {
        return new RoundStages.Facts(NOW, openSelf, unmarkedFirst, replyHours == null ? null : NOW.plusHours(replyHours), awaiting,
                unmarkedFinal);
    }

    @ParameterizedTest(name = "{0} → {1} with open self {2}, unmarked first {3}, reply window {4} h, awaiting {5}, unmarked final {6}: {7}")
    @CsvSource({
            "SELF_ASSESSMENT, FIRST_MARK,  0, 9, ,   0, 9, OK",
            "SELF_ASSESSMENT, FIRST_MARK,  1, 0, ,   0, 0, CONFLICT",
            "SELF_ASSESSMENT, REPLY,       0, 0, 24, 0, 0, CONFLICT",
            "FIRST_MARK,      REPLY,       0, 0, 24, 0, 0, OK",
            "FIRST_MARK,      REPLY,       0, 2, 24, 0, 0, CONFLICT",
            "FIRST_MARK,      REPLY,       0, 0, ,   0, 0, VALIDATION",
            "FIRST_MARK,      REPLY,       0, 0, -1, 0, 0, VALIDATION",
            "REPLY,           FINAL_MARK,  0, 0, 24, 1, 0, CONFLICT",
            "REPLY,           FINAL_MARK,  0, 0, 24, 0, 0, OK",
            "REPLY,           FINAL_MARK,  0, 0, -1, 3, 0, OK",
            "FINAL_MARK,      PUBLISHED,   0, 0, -1, 0, 1, CONFLICT",
            "FINAL_MARK,      PUBLISHED,   0, 0, -1, 0, 0, OK",
            "PUBLISHED,       PUBLISHED,   0, 0, -1, 0, 0, CONFLICT",
            "REPLY,           FIRST_MARK,  0, 0, 24, 0, 0, CONFLICT"})
    void stageMoves(EvaluationStage from, EvaluationStage to, int openSelf, int unmarkedFirst, Integer replyHours, int awaiting,
                    int unmarkedFinal, String expected) {
        Runnable move = () -> RoundStages.advance(from, to, facts(openSelf, unmarkedFirst, replyHours, awaiting, unmarkedFinal));
        switch (expected) {
            case "OK" -> move.run();
            case "CONFLICT" -> assertThrows(ConflictException.class, move::run);
            default -> assertEquals("input.replyClosesAt", assertThrows(ValidationException.class, move::run).field());
        }
    }

    @Test
    void publicationFreezesEveryStageAction() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> RoundStages.requireAt(EvaluationStage.PUBLISHED, "终评", EvaluationStage.FINAL_MARK));
        assertTrue(e.getMessage().contains("冻结"), e.getMessage());
        RoundStages.requireAt(EvaluationStage.REPLY, "反馈申辩", EvaluationStage.REPLY);
    }

    @ParameterizedTest(name = "{0} {1}..{2}: {3}")
    @CsvSource({
            "MONTH,     2026-02-01, 2026-02-28, ",
            "MONTH,     2026-02-02, 2026-02-28, input.periodStart",
            "MONTH,     2026-02-01, 2026-03-31, input.periodEnd",
            "QUARTER,   2026-04-01, 2026-06-30, ",
            "QUARTER,   2026-05-01, 2026-07-31, input.periodStart",
            "HALF_YEAR, 2026-07-01, 2026-12-31, ",
            "HALF_YEAR, 2026-04-01, 2026-09-30, input.periodStart",
            "YEAR,      2026-01-01, 2026-12-31, ",
            "YEAR,      2026-01-01, 2026-12-30, input.periodEnd"})
    void periods(EvaluationPeriodKind kind, LocalDate start, LocalDate end, String field) {
        if (field == null) {
            RoundPeriods.check(kind, start, end);
        } else {
            assertEquals(field, assertThrows(ValidationException.class, () -> RoundPeriods.check(kind, start, end)).field());
        }
    }

    static IndicatorNode leaf(ScoringRuleKind kind, String points, String cap) {
        ScoringRule rule = new ScoringRule(kind, kind == ScoringRuleKind.PROPORTIONAL ? BigDecimal.ONE : null,
                kind == ScoringRuleKind.DEDUCTION || kind == ScoringRuleKind.BONUS ? BigDecimal.ONE : null,
                kind == ScoringRuleKind.DEDUCTION ? BigDecimal.ZERO : null, cap == null ? null : new BigDecimal(cap), null);
        return new IndicatorNode("X1", "X", "指标", null, new BigDecimal(points), List.of(), List.of(),
                kind == ScoringRuleKind.DIRECT ? IndicatorSource.MANUAL : IndicatorSource.COMPUTED, null, rule, null, null, false);
    }

    @ParameterizedTest(name = "first mark {2} of a {0} leaf, figure {1}, reason ''{3}'': {4}")
    @CsvSource({
            "DIRECT,       ,     10,  '',       none",
            "DIRECT,       ,     8,   '',       REQUIRED",
            "DIRECT,       ,     8,   材料不全, given",
            "PROPORTIONAL, 0.8,  8,   '',       rule",
            "PROPORTIONAL, 1,    10,  '',       none",
            "PROPORTIONAL, 0.8,  10,  '',       REQUIRED",
            "PROPORTIONAL, 0.8,  9,   核减,     given",
            "DEDUCTION,    3,    7,   '',       rule",
            "DEDUCTION,    3,    10,  '',       REQUIRED"})
    void firstMarkReasons(ScoringRuleKind kind, BigDecimal figure, BigDecimal score, String reason, String expected) {
        IndicatorNode node = leaf(kind, "10", null);
        if (expected.equals("REQUIRED")) {
            assertEquals("f", assertThrows(ValidationException.class,
                    () -> MarkRules.firstReason("f", node, EvaluationCategory.TOWNSHIP, figure, score, reason)).field());
            return;
        }
        String stored = MarkRules.firstReason("f", node, EvaluationCategory.TOWNSHIP, figure, score, reason);
        switch (expected) {
            case "none" -> assertNull(stored);
            case "given" -> assertEquals(reason, stored);
            default -> assertTrue(stored.startsWith("按计分规则计分"), stored);
        }
    }

    @Test
    void marksStayWithinThePointsOrABonusCapAndFinalChangesNeedAReason() {
        assertEquals(new BigDecimal("5"), MarkRules.maxPoints(leaf(ScoringRuleKind.BONUS, "3", "5"), EvaluationCategory.TOWNSHIP));
        assertEquals(new BigDecimal("10"), MarkRules.maxPoints(leaf(ScoringRuleKind.DIRECT, "10", null), EvaluationCategory.TOWNSHIP));
        assertThrows(ValidationException.class, () -> MarkRules.inRange("f", new BigDecimal("-1"), BigDecimal.TEN));
        assertThrows(ValidationException.class, () -> MarkRules.inRange("f", new BigDecimal("10.01"), BigDecimal.TEN));
        assertThrows(ValidationException.class, () -> MarkRules.inRange("f", new BigDecimal("9.999"), BigDecimal.TEN));
        assertEquals(new BigDecimal("9.50"), MarkRules.inRange("f", new BigDecimal("9.5"), BigDecimal.TEN));
        assertNull(MarkRules.finalReason("f", new BigDecimal("8"), new BigDecimal("8.00"), null));
        assertThrows(ValidationException.class, () -> MarkRules.finalReason("f", new BigDecimal("8"), new BigDecimal("9"), " "));
        assertEquals("申辩成立", MarkRules.finalReason("f", new BigDecimal("8"), new BigDecimal("9"), "申辩成立"));
        assertTrue(MarkRules.lostPoints(new BigDecimal("8"), BigDecimal.TEN));
        assertTrue(!MarkRules.lostPoints(BigDecimal.TEN, BigDecimal.TEN) && !MarkRules.lostPoints(null, BigDecimal.TEN));
    }

    static Submission submission(SubmissionForm form, SubmissionStatus status, int dueHours, Integer submittedHours) {
        Submission s = new Submission();
        s.form = form;
        s.status = status;
        s.dueAt = NOW.plusHours(dueHours);
        s.locksAt = NOW.plusHours(dueHours + 24);
        s.submittedAt = submittedHours == null ? null : NOW.plusHours(submittedHours);
        return s;
    }

    @ParameterizedTest(name = "{0} {1} due in {2} h, submitted at {3} h: late {4}, missing {5}")
    @CsvSource({
            "SELF_ASSESSMENT, PENDING,   1,  ,   false, false",
            "SELF_ASSESSMENT, PENDING,   -1, ,   true,  true",
            "SELF_ASSESSMENT, RETURNED,  -1, -5, true,  true",
            "SELF_ASSESSMENT, SUBMITTED, -1, -2, false, false",
            "SELF_ASSESSMENT, SUBMITTED, -2, -1, true,  false",
            "GOAL_PROGRESS,   ACCEPTED,  -2, -1, true,  false",
            "REPLY,           PENDING,   -1, ,   true,  false"})
    void lateness(SubmissionForm form, SubmissionStatus status, int dueHours, Integer submittedHours, boolean late, boolean missing) {
        Submission s = submission(form, status, dueHours, submittedHours);
        assertEquals(late, SubmissionTiming.late(s, NOW));
        assertEquals(missing, SubmissionTiming.missing(s, NOW));
    }

    @Test
    void theLockRefusesAndDeadlinesKeepTheirOrder() {
        SubmissionTiming.requireOpen(NOW, NOW);
        assertTrue(assertThrows(ConflictException.class, () -> SubmissionTiming.requireOpen(NOW, NOW.minusSeconds(1)))
                .getMessage().contains("已过报送截止时间"));
        assertEquals("d.locksAt", assertThrows(ValidationException.class,
                () -> SubmissionTiming.checkDeadlines("d", NOW, NOW.minusHours(1))).field());
    }

    @Test
    void lettersAreNumberedWithinTheirOfficesSeriesOfTheYear() {
        String prefix = LetterNumbers.prefix("清河区委编办", 2026);
        assertEquals("清编评提〔2026〕", prefix);
        assertEquals("清编评提〔2026〕1号", LetterNumbers.next(prefix, List.of()));
        assertEquals("清编评提〔2026〕8号", LetterNumbers.next(prefix, List.of("清编评提〔2026〕7号", "清编评提〔2026〕2号",
                "清编评提〔2025〕30号")));
        assertEquals("𠀀编评提〔2026〕", LetterNumbers.prefix("𠀀河区委编办", 2026));
    }
}

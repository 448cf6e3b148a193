package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.RoundPolicy;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole table of {@link PeerPolicy}: who sits where, what each seat reads, and when a rating is refused. */
class PeerPolicyTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00+08:00");

    private static PeerSeat seat(String who, EvaluationStage stage, boolean inScope) {
        ScopedActor actor = TestActors.of(who);
        return PeerPolicy.seat(actor, RoundPolicy.view(actor, TestActors.REGION, stage, inScope));
    }

    @ParameterizedTest(name = "{0} (in scope {2}) at {1}: seat {3}, panel {4}, tasks {5}, aggregates {6}")
    @CsvSource({
            "bianban,      SELF_ASSESSMENT, false, OFFICE, true,  false, ALL",
            "bianban,      PUBLISHED,       false, OFFICE, true,  false, ALL",
            "leader,       FIRST_MARK,      false, LEADER, true,  false, ALL",
            "otherBianban, FIRST_MARK,      false, NONE,   false, false, NONE",
            "dept10,       DRAFT,           true,  NONE,   false, false, NONE",
            "dept10,       SELF_ASSESSMENT, true,  RATER,  false, true,  NONE",
            "dept10,       FINAL_MARK,      true,  RATER,  false, true,  NONE",
            "dept10,       PUBLISHED,       true,  RATER,  false, true,  OWN",
            "staff15,      SELF_ASSESSMENT, true,  RATER,  false, true,  NONE",
            "township20,   REPLY,           true,  RATER,  false, true,  NONE",
            "dept11,       SELF_ASSESSMENT, false, NONE,   false, false, NONE",
            "dept11,       PUBLISHED,       false, NONE,   false, false, NONE",
            "jiwei,        PUBLISHED,       false, NONE,   false, false, NONE",
            "zuzhibu,      PUBLISHED,       false, NONE,   false, false, NONE",
            "bianwei,      PUBLISHED,       false, NONE,   false, false, NONE",
            "centre,       SELF_ASSESSMENT, false, NONE,   false, false, NONE",
            "grid,         SELF_ASSESSMENT, false, NONE,   false, false, NONE",
            "hotline,      PUBLISHED,       false, NONE,   false, false, NONE"})
    void seatsAndReads(String who, EvaluationStage stage, boolean inScope, PeerSeat seat, boolean panel, boolean tasks,
                       PeerPolicy.Aggregates aggregates) {
        PeerSeat actual = seat(who, stage, inScope);
        assertEquals(seat, actual);
        assertEquals(seat != PeerSeat.NONE, PeerPolicy.seesSetup(actual));
        assertEquals(panel, PeerPolicy.panel(actual).allowed());
        assertEquals(tasks, PeerPolicy.tasks(actual).allowed());
        assertEquals(aggregates, PeerPolicy.aggregates(actual, stage));
    }

    @ParameterizedTest(name = "{0} manages a round of {1}: {2}")
    @CsvSource({
            "bianban,      /1/2/, true",
            "otherBianban, /1/2/, false",
            "leader,       /1/2/, false",
            "dept10,       /1/2/, false",
            "township20,   /1/2/, false",
            "hotline,      /1/2/, false"})
    void manage(String who, String region, boolean allowed) {
        assertEquals(allowed, PeerPolicy.manage(TestActors.of(who), region).allowed());
    }

    @ParameterizedTest(name = "{0} rates unit {1} at {2} (submitted {3}, closes {4}): {5}")
    @CsvSource({
            "dept10,     11,  SELF_ASSESSMENT, false, '',                        ''",
            "dept10,     11,  FINAL_MARK,      false, 2026-06-02T00:00:00+08:00, ''",
            "dept10,     10,  SELF_ASSESSMENT, false, '',                        不能给本单位评分",
            "staff15,    10,  SELF_ASSESSMENT, false, '',                        不能给本单位评分",
            "township20, 20,  SELF_ASSESSMENT, false, '',                        不能给本单位评分",
            "dept10,     11,  SELF_ASSESSMENT, true,  '',                        已提交",
            "dept10,     11,  SELF_ASSESSMENT, false, 2026-06-01T10:00:00+08:00, 已截止",
            "dept10,     11,  SELF_ASSESSMENT, false, 2026-05-01T00:00:00+08:00, 已截止",
            "dept10,     11,  PUBLISHED,       false, '',                        已公布",
            "bianban,    11,  SELF_ASSESSMENT, false, '',                        只有参加本批次互评的单位",
            "leader,     11,  SELF_ASSESSMENT, false, '',                        只有参加本批次互评的单位",
            "dept11,     10,  SELF_ASSESSMENT, false, '',                        只有参加本批次互评的单位"})
    void rate(String who, long target, EvaluationStage stage, boolean submitted, String closes, String refusal) {
        boolean inScope = who.startsWith("dept10") || who.equals("staff15") || who.startsWith("township");
        ScopedActor actor = TestActors.of(who);
        var decision = PeerPolicy.rate(actor, seat(who, stage, inScope), target, stage, submitted,
                closes.isBlank() ? null : OffsetDateTime.parse(closes), NOW);
        assertEquals(refusal.isBlank(), decision.allowed(), () -> String.valueOf(decision.reason()));
        if (!refusal.isBlank()) {
            assertEquals(true, decision.reason().contains(refusal), decision.reason());
        }
    }
}

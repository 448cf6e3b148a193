package cn.lvzhi.tracking;

import cn.lvzhi.tracking.ConsequencePolicy.Rectification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consequences as a table: kind × result × the rectification's deadline and done date, on 2026-06-10. */
class ConsequencePolicyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "{0} scoring {1}, deadline {2}, done {3} -> {4}")
    @CsvSource({
            // kind,  result, deadline,   done on,    recommendation
            "SET_UP,  55.0,   2026-06-01, ,           CUT_POSTS",
            "SET_UP,  35.0,   2026-06-01, ,           MERGE_OR_ABOLISH",
            "SET_UP,  55.0,   2026-06-01, 2026-06-05, CUT_POSTS",
            "SET_UP,  55.0,   2026-06-01, 2026-06-01, ",
            "SET_UP,  55.0,   2026-06-10, ,           ",
            "SET_UP,  60.0,   2026-06-01, ,           ",
            "CHANGE,  30.0,   2026-06-01, ,           ",
            "ABOLISH, 30.0,   2026-06-01, ,           ",
    })
    void recommendation(MatterKind kind, BigDecimal result, LocalDate deadline, LocalDate doneOn, RecommendationKind expected) {
        List<Rectification> r = List.of(new Rectification(1, "2026年第一批", "配齐人员", deadline, doneOn));
        assertEquals(expected, ConsequencePolicy.recommendation(kind, result, r, TODAY));
    }

    @Test
    void noRectificationNoRecommendation() {
        assertEquals(null, ConsequencePolicy.recommendation(MatterKind.SET_UP, new BigDecimal("20"), List.of(), TODAY));
    }

    @Test
    void anOverdueRectificationSuspendsApplicationsNamingRoundAndRectification() {
        var overdue = new Rectification(17, "2026年第一批", "配齐人员", LocalDate.of(2026, 6, 9), null);
        var decision = ConsequencePolicy.application(List.of(overdue), TODAY);
        assertFalse(decision.allowed());
        assertTrue(decision.reason().contains("2026年第一批"), decision.reason());
        assertTrue(decision.reason().contains("第 17 号"), decision.reason());
    }

    @Test
    void dueTodayLateButRecordedOrNoneAtAllAllows() {
        var dueToday = new Rectification(1, "r", "x", TODAY, null);
        var recordedLate = new Rectification(2, "r", "x", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 2));
        assertTrue(ConsequencePolicy.application(List.of(dueToday, recordedLate), TODAY).allowed());
        assertTrue(ConsequencePolicy.application(List.of(), TODAY).allowed());
    }
}

package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.evaluation.sanding.FollowUpRule.ItemState;
import cn.lvzhi.evaluation.sanding.FollowUpRule.Judgement;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.mandates.DutyChangeStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The follow-up rule of cancelled and strengthened duties as a table. Items are written {@code STATUS} or
 * {@code STATUS+} (raised by an approved change in the period), separated by spaces.
 */
class FollowUpRuleTest {

    @ParameterizedTest(name = "{0} with items [{1}] and {2} cases: {3} ({4} reasons)")
    @CsvSource({
            "CANCELLED,    '',                       0, NOT_LINKED, 0",
            "CANCELLED,    RETIRED,                  0, CLEAR,      0",
            "CANCELLED,    RETIRED RETIRED,          0, CLEAR,      0",
            "CANCELLED,    PUBLISHED,                0, FLAGGED,    1",
            "CANCELLED,    RETIRED,                  3, FLAGGED,    1",
            "CANCELLED,    PUBLISHED RETIRED,        2, FLAGGED,    2",
            "CANCELLED,    DRAFT,                    0, FLAGGED,    1",
            "STRENGTHENED, '',                       5, NOT_LINKED, 0",
            "STRENGTHENED, PUBLISHED+,               0, CLEAR,      0",
            "STRENGTHENED, PUBLISHED PUBLISHED+,     0, CLEAR,      0",
            "STRENGTHENED, PUBLISHED,                9, FLAGGED,    1",
            "STRENGTHENED, RETIRED+,                 0, FLAGGED,    1",
            "STRENGTHENED, RETIRED,                  0, FLAGGED,    1"})
    void judged(DutyChangeStatus change, String items, long cases, FollowUpStatus expected, int reasons) {
        Judgement j = FollowUpRule.judge(change, items(items), cases);
        assertEquals(expected, j.status());
        assertEquals(reasons, j.reasons().size(), j.reasons().toString());
    }

    @ParameterizedTest(name = "{0} has no follow-up")
    @CsvSource({"UNCHANGED", "ADDED", "TRANSFERRED_IN", "TRANSFERRED_OUT"})
    void otherDutiesHaveNone(DutyChangeStatus change) {
        assertNull(FollowUpRule.judge(change, items("PUBLISHED"), 4));
    }

    private static List<ItemState> items(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.trim().split("\\s+"))
                .map(s -> new ItemState(ItemStatus.valueOf(s.replace("+", "")), s.endsWith("+"))).toList();
    }
}

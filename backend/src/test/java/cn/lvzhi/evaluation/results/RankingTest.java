package cn.lvzhi.evaluation.results;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Competition ranking within a category, the minimum sample, units without a total. */
class RankingTest {
    static Ranking.Entry e(long id, String total) {
        return new Ranking.Entry(id, total == null ? null : new BigDecimal(total));
    }

    @Test
    void equalTotalsShareARankAndTheNextSkips() {
        Map<Long, Ranking.Place> places = Ranking.rank(List.of(e(1, "88.50"), e(2, "92"), e(3, "88.5"), e(4, "70"), e(5, null)), 3);
        assertEquals(1, places.get(2L).rank());
        assertEquals(2, places.get(1L).rank());
        assertEquals(2, places.get(3L).rank());
        assertEquals(4, places.get(4L).rank());
        assertNull(places.get(5L).rank());
        assertEquals(Ranking.NO_TOTAL, places.get(5L).unrankedReason());
    }

    @Test
    void aCategoryBelowTheSampleIsShownUnranked() {
        Map<Long, Ranking.Place> places = Ranking.rank(List.of(e(1, "90"), e(2, "80")), 3);
        assertNull(places.get(1L).rank());
        assertTrue(places.get(2L).unrankedReason().contains("仅 2 个单位"));
        assertEquals(1, Ranking.rank(List.of(e(1, "90"), e(2, "80"), e(3, "85")), 3).get(1L).rank());
    }
}

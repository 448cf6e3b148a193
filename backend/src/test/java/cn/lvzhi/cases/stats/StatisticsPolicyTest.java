package cn.lvzhi.cases.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ranking by satisfaction rate among the groups that reach the minimum sample. */
class StatisticsPolicyTest {

    /** groups as satisfied/ratings; expected ranks ('-' = not ranked). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3/4 1/2 4/4       | 5 | - - -",
            "3/4 1/2 4/4       | 2 | 2 3 1",
            "1/2 2/4 0/5       | 2 | 1 1 3",
            "5/5 0/1 2/6       | 2 | 1 - 2",
            "0/0 1/1           | 1 | - 1",
    })
    void ranks(String groups, int minSample, String expected) {
        List<StatisticsGroup> rows = new ArrayList<>();
        for (String g : groups.trim().split("\\s+")) {
            StatisticsGroup row = new StatisticsGroup(g, g);
            row.satisfied = Integer.parseInt(g.split("/")[0]);
            row.ratings = Integer.parseInt(g.split("/")[1]);
            StatisticsPolicy.rates(row);
            rows.add(row);
        }
        StatisticsPolicy.rank(rows, minSample);
        assertEquals(Arrays.asList(expected.trim().split("\\s+")),
                rows.stream().map(r -> r.rank == null ? "-" : r.rank.toString()).toList());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, ", "1, 3, 0.3333333333333333", "2, 2, 1.0"})
    void rateIsNullWithoutADenominator(long part, long whole, Double expected) {
        assertEquals(expected, StatisticsPolicy.rate(part, whole));
    }
}

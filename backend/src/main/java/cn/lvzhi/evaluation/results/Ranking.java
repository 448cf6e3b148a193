package cn.lvzhi.evaluation.results;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the units of one category by normalised total (分类排名), as competitions do: equal totals share a rank and
 * the next rank skips (1, 2, 2, 4). A category with fewer units than the round's minimum sample is not ranked at all
 * (its units are shown, unranked, with the reason); a unit with no applicable points has no total and no rank.
 */
public final class Ranking {
    /** Shown to readers of the results as it is (a label, not an error): Chinese only. */
    static final String NO_TOTAL = "无适用指标，不参与排名";

    /** A unit's total in its category; {@code total} null when nothing applies. */
    public record Entry(long unitId, BigDecimal total) {
    }

    /** A unit's rank, or why it has none. */
    public record Place(Integer rank, String unrankedReason) {
    }

    private Ranking() {
    }

    /** The places of the units of one category. */
    public static Map<Long, Place> rank(List<Entry> category, int minSample) {
        Map<Long, Place> places = new HashMap<>();
        if (category.size() < minSample) {
            String reason = belowSample(category.size(), minSample);
            category.forEach(e -> places.put(e.unitId(), new Place(null, reason)));
            return places;
        }
        List<Entry> ranked = category.stream().filter(e -> e.total() != null)
                .sorted(Comparator.comparing(Entry::total).reversed()).toList();
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            boolean tie = i > 0 && ranked.get(i - 1).total().compareTo(e.total()) == 0;
            int rank = tie ? places.get(ranked.get(i - 1).unitId()).rank() : i + 1;
            places.put(e.unitId(), new Place(rank, null));
        }
        category.stream().filter(e -> e.total() == null).forEach(e -> places.put(e.unitId(), new Place(null, NO_TOTAL)));
        return places;
    }

    static String belowSample(int units, int minSample) {
        return "本类别仅 " + units + " 个单位，少于排名最低样本数 " + minSample + "，不排名";
    }
}

package cn.lvzhi.evaluation.peer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a target unit's ratings become its peer score (互评得分): with at least {@code trimFrom} ratings the highest and
 * the lowest one are dropped (去掉一个最高分和一个最低分) and the rest averaged; with fewer, the plain mean. To two
 * decimals, half up; no rating, no score.
 */
public final class PeerAggregation {

    /** A target's aggregate: the score (null without ratings), how many ratings, and whether two were dropped. */
    public record Result(BigDecimal score, int ratings, boolean trimmed) {
    }

    private PeerAggregation() {
    }

    public static Result of(List<BigDecimal> scores, int trimFrom) {
        if (scores.isEmpty()) {
            return new Result(null, 0, false);
        }
        List<BigDecimal> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        boolean trim = sorted.size() >= trimFrom;
        List<BigDecimal> kept = trim ? sorted.subList(1, sorted.size() - 1) : sorted;
        BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(sum.divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP), scores.size(), trim);
    }
}

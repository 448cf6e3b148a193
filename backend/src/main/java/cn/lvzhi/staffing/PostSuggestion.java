package cn.lvzhi.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many posts move with a power item (编随事转, seed 004): the item's share of its office's yearly workload times the
 * office's posts, rounded to the nearest whole post with halves rounded up (⅓ of 4 posts = 1.33 → 1; ⅜ of 4 = 1.5 → 2).
 * The workload measure is the number of cases completed (办结量).
 */
public final class PostSuggestion {
    private PostSuggestion() {
    }

    /** The share (0..1, four decimals) and the posts suggested to move. */
    public record Suggestion(BigDecimal share, BigDecimal exactPosts, int posts) {
    }

    public static Suggestion suggest(long itemWorkload, long officeWorkload, int officePosts) {
        if (officeWorkload <= 0 || itemWorkload <= 0 || officePosts <= 0) {
            return new Suggestion(BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(2), 0);
        }
        BigDecimal share = BigDecimal.valueOf(itemWorkload).divide(BigDecimal.valueOf(officeWorkload), 4, RoundingMode.HALF_UP);
        BigDecimal exact = BigDecimal.valueOf(itemWorkload * (long) officePosts)
                .divide(BigDecimal.valueOf(officeWorkload), 2, RoundingMode.HALF_UP);
        // rounded from the exact fraction, not from the two-decimal display value
        int posts = BigDecimal.valueOf(itemWorkload * (long) officePosts)
                .divide(BigDecimal.valueOf(officeWorkload), 0, RoundingMode.HALF_UP).intValueExact();
        return new Suggestion(share, exact, Math.min(posts, officePosts));
    }
}

package cn.lvzhi.staffing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The posts that move with an item, rounded to the nearest post, halves up. */
class PostSuggestionTest {
    @Test
    void seedExampleOneThirdOfFourPostsIsOne() {
        // seed 004: foreign-investment registration was about a third of the office's work; 1 of its 4 posts moved
        var s = PostSuggestion.suggest(400, 1200, 4);
        assertEquals(new BigDecimal("0.3333"), s.share());
        assertEquals(new BigDecimal("1.33"), s.exactPosts());
        assertEquals(1, s.posts());
    }

    @ParameterizedTest(name = "{0} of {1} with {2} posts -> {3}")
    @CsvSource({
            "300,  800, 4, 2",   // 1.5 rounds up
            "299,  800, 4, 1",   // 1.495 rounds down
            "100, 1000, 4, 0",   // 0.4
            "800,  800, 4, 4",   // the whole workload takes every post
            "0,    800, 4, 0",
            "10,     0, 4, 0",
            "10,   100, 0, 0",
    })
    void rounding(long item, long office, int posts, int expected) {
        assertEquals(expected, PostSuggestion.suggest(item, office, posts).posts());
    }
}

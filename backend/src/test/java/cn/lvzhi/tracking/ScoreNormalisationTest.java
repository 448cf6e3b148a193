package cn.lvzhi.tracking;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.tracking.ScoreNormalisation.Entry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** earned ÷ applicable points × 100, with and without indicators that do not apply. */
class ScoreNormalisationTest {
    static final List<Indicator> TEMPLATE = List.of(
            new Indicator("A", "人员到位", 40, IndicatorMethod.QUANTITATIVE, "g"),
            new Indicator("B", "机构组建", 30, IndicatorMethod.QUALITATIVE, "g"),
            new Indicator("C", "法人登记", 30, IndicatorMethod.QUANTITATIVE, "g"));

    @Test
    void allApplicableIsThePlainSum() {
        assertEquals(new BigDecimal("75.0"), ScoreNormalisation.result(TEMPLATE,
                Map.of("A", Entry.earned(30), "B", Entry.earned(20), "C", Entry.earned(25))));
    }

    @Test
    void notApplicableIndicatorsLeaveTheDenominator() {
        // 30 + 20 earned of 70 applicable points = 71.4
        assertEquals(new BigDecimal("71.4"), ScoreNormalisation.result(TEMPLATE,
                Map.of("A", Entry.earned(30), "B", Entry.earned(20), "C", Entry.skipped())));
        // 24 of 30 = 80
        assertEquals(new BigDecimal("80.0"), ScoreNormalisation.result(TEMPLATE,
                Map.of("A", Entry.skipped(), "B", Entry.earned(24), "C", Entry.skipped())));
    }

    @Test
    void incompleteOrNothingApplicableHasNoResult() {
        assertNull(ScoreNormalisation.result(TEMPLATE, Map.of("A", Entry.earned(30))));
        assertNull(ScoreNormalisation.result(TEMPLATE,
                Map.of("A", Entry.skipped(), "B", Entry.skipped(), "C", Entry.skipped())));
    }

    @Test
    void earnedMustLieWithinTheIndicatorsPoints() {
        Indicator a = TEMPLATE.get(0);
        assertThrows(ValidationException.class, () -> ScoreNormalisation.check(a, false, new BigDecimal("40.5")));
        assertThrows(ValidationException.class, () -> ScoreNormalisation.check(a, false, new BigDecimal("-1")));
        assertThrows(ValidationException.class, () -> ScoreNormalisation.check(a, false, null));
        assertThrows(ValidationException.class, () -> ScoreNormalisation.check(a, true, BigDecimal.ONE));
        assertEquals(new BigDecimal("40"), ScoreNormalisation.check(a, false, new BigDecimal("40")).earned());
    }
}

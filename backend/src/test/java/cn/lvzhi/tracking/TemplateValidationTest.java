package cn.lvzhi.tracking;

import cn.lvzhi.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TemplateValidation as a table: the points of a template, and what each rejection names. */
class TemplateValidationTest {
    static List<IndicatorInput> template(int... points) {
        List<IndicatorInput> list = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            list.add(new IndicatorInput("I" + i, "指标" + i, points[i], IndicatorMethod.QUALITATIVE, "按完成情况评分"));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} -> field {1}, message contains {2}")
    @CsvSource(delimiter = '|', value = {
            // points (space separated) | field                      | message contains
            "50 49                      | input.indicators           | 现为 99 分",
            "50 51                      | input.indicators           | 现为 101 分",
            "60 50 -10                  | input.indicators[2].points | 须大于 0",
            "100 0                      | input.indicators[1].points | 须大于 0",
    })
    void rejected(String points, String field, String message) {
        int[] p = Arrays.stream(points.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateValidation.indicators(template(p)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void emptyTemplateIsRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateValidation.indicators(List.of()));
        assertEquals("input.indicators", e.field());
        assertTrue(e.getMessage().contains("至少需要一项指标"));
    }

    @Test
    void duplicateCodesAndBlankNamesAreRejected() {
        List<IndicatorInput> dup = template(50, 50);
        dup.get(1).code = "I0";
        assertEquals("input.indicators[1].code",
                assertThrows(ValidationException.class, () -> TemplateValidation.indicators(dup)).field());
        List<IndicatorInput> blank = template(100);
        blank.get(0).name = "  ";
        assertEquals("input.indicators[0].name",
                assertThrows(ValidationException.class, () -> TemplateValidation.indicators(blank)).field());
    }

    @Test
    void exactlyOneHundredIsAccepted() {
        assertEquals(3, TemplateValidation.indicators(template(50, 30, 20)).size());
        assertEquals(1, TemplateValidation.indicators(template(100)).size());
    }
}

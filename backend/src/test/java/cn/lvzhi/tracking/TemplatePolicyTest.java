package cn.lvzhi.tracking;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.common.validation.InputValidation;
import cn.lvzhi.tracking.inputs.IndicatorInput;
import cn.lvzhi.tracking.inputs.SaveTrackingTemplateInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template's rules as a table: the constraints on each indicator, checked on the saveTrackingTemplate operation's
 * input as the API checks it, then TemplatePolicy's whole-template rules; and what each rejection names.
 */
@QuarkusTest
class TemplatePolicyTest {
    @Inject
    InputValidation validation;

    static List<IndicatorInput> template(int... points) {
        List<IndicatorInput> list = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            list.add(new IndicatorInput("I" + i, "指标" + i, points[i], IndicatorMethod.QUALITATIVE, "按完成情况评分"));
        }
        return list;
    }

    /** What saving these indicators does: the input constraints first, then the policy. */
    private List<Indicator> save(List<IndicatorInput> indicators) throws NoSuchMethodException {
        SaveTrackingTemplateInput input = new SaveTrackingTemplateInput();
        input.kind = MatterKind.SET_UP;
        input.version = 0;
        input.indicators = indicators;
        Method operation = TrackingGraphQLApi.class.getMethod("saveTrackingTemplate", SaveTrackingTemplateInput.class);
        validation.check(operation, new Object[]{input});
        return TemplatePolicy.indicators(indicators);
    }

    private ValidationException refused(List<IndicatorInput> indicators) {
        return assertThrows(ValidationException.class, () -> save(indicators));
    }

    @ParameterizedTest(name = "{0} -> field {1}, message contains {2}")
    @CsvSource(delimiter = '|', value = {
            // points (space separated) | field                      | message contains
            "50 49                      | input.indicators           | 现为 99 分",
            "50 51                      | input.indicators           | 现为 101 分",
            "60 50 -10                  | input.indicators[2].points | 须大于 0",
            "100 0                      | input.indicators[1].points | 须大于 0",
            "20 101                     | input.indicators[1].points | 1 至 100",
    })
    void rejected(String points, String field, String message) {
        int[] p = Arrays.stream(points.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
        ValidationException e = refused(template(p));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void emptyTemplateIsRejected() {
        ValidationException e = refused(List.of());
        assertEquals("input.indicators", e.field());
        assertTrue(e.getMessage().contains("至少需要一项指标"));
    }

    @Test
    void duplicateCodesBlankNamesAndMissingMethodsAreRejected() {
        List<IndicatorInput> dup = template(50, 50);
        dup.get(1).code = "I0";
        assertEquals("input.indicators[1].code", refused(dup).field());
        List<IndicatorInput> blank = template(100);
        blank.get(0).name = "  ";
        assertEquals("input.indicators[0].name", refused(blank).field());
        List<IndicatorInput> noMethod = template(100);
        noMethod.get(0).method = null;
        assertEquals("input.indicators[0].method", refused(noMethod).field());
    }

    @Test
    void exactlyOneHundredIsAccepted() {
        assertEquals(3, assertDoesNotThrow(() -> save(template(50, 30, 20))).size());
        assertEquals(1, assertDoesNotThrow(() -> save(template(100))).size());
    }
}

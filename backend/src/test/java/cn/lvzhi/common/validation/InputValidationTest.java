package cn.lvzhi.common.validation;

import cn.lvzhi.common.ValidationException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constraints on input types become one VALIDATION error naming the input path, Chinese first. */
@QuarkusTest
class InputValidationTest {
    @Inject
    InputValidation validation;

    /** A target of a sample input, nested in a list. */
    public record SampleTarget(@NotNull(message = "请选择单位 (⟨field⟩ is required)") Long unitId,
                               @Text(label = "说明", max = 5, required = false) String note) {
    }

    /** A sample input with every kind of constraint. */
    public record SampleInput(@Text(label = "标题", max = 10, singleLine = true) String title,
                              @Size(min = 1, max = 2) List<@Valid SampleTarget> targets,
                              @Min(1) @Max(60) Integer days,
                              List<@Text(label = "附件引用", max = 3) String> refs) {
    }

    @SuppressWarnings("unused")
    static void operation(@org.eclipse.microprofile.graphql.Name("input") SampleInput input, long id) {
    }

    private ValidationException refused(SampleInput input) {
        return assertThrows(ValidationException.class, () -> validation.check(method(), new Object[]{input, 1L}));
    }

    private static Method method() throws NoSuchMethodException {
        return InputValidationTest.class.getDeclaredMethod("operation", SampleInput.class, long.class);
    }

    private static SampleTarget target(Long unit, String note) {
        return new SampleTarget(unit, note);
    }

    @Test
    void aValidInputPasses() throws Exception {
        var input = new SampleInput("消防检查", List.of(target(1L, null)), 3, List.of("a"));
        assertDoesNotThrow(() -> validation.check(method(), new Object[]{input, 1L}));
    }

    @Test
    void aRequiredNameNamesItsFieldAndLabel() {
        var e = refused(new SampleInput("", List.of(target(1L, null)), 3, List.of()));
        assertEquals("input.title", e.field());
        assertTrue(e.getMessage().startsWith("标题不能为空，最长 10 字"), e.getMessage());
        assertTrue(e.getMessage().contains("(input.title is required, at most 10 characters)"), e.getMessage());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() throws Exception {
        String tenHan = "𠀀".repeat(10);
        var ok = new SampleInput(tenHan, List.of(target(1L, null)), 3, List.of());
        assertDoesNotThrow(() -> validation.check(method(), new Object[]{ok, 1L}));
        var e = refused(new SampleInput(tenHan + "一", List.of(target(1L, null)), 3, List.of()));
        assertTrue(e.getMessage().contains("实有 11 字"), e.getMessage());
    }

    @Test
    void aNameRefusesBidiControlsAndLineBreaks() {
        assertEquals("input.title", refused(new SampleInput("某\u202E局", List.of(target(1L, null)), 3, List.of())).field());
        assertTrue(refused(new SampleInput("两\n行", List.of(target(1L, null)), 3, List.of())).getMessage().contains("单行"));
    }

    @Test
    void nestedListElementsAreNamedByIndex() {
        var e = refused(new SampleInput("题", List.of(target(1L, null), target(null, null)), 3, List.of()));
        assertEquals("input.targets[1].unitId", e.field());
        assertEquals("请选择单位 (input.targets[1].unitId is required)", e.getMessage());
        assertEquals("input.targets[0].note", refused(new SampleInput("题", List.of(target(1L, "六个字的说明")), 3, List.of())).field());
    }

    @Test
    void containerElementsAreNamedByIndex() {
        assertEquals("input.refs[1]", refused(new SampleInput("题", List.of(target(1L, null)), 3, List.of("a", "abcd"))).field());
    }

    @Test
    void standardConstraintsSpeakChineseFirstAndNameThePath() {
        var size = refused(new SampleInput("题", List.of(), 3, List.of()));
        assertEquals("input.targets", size.field());
        assertEquals("个数须在 1 至 2 之间 (input.targets must have 1..2 entries)", size.getMessage());
        var max = refused(new SampleInput("题", List.of(target(1L, null)), 61, List.of()));
        assertEquals("不能大于 60 (input.days must be at most 60)", max.getMessage());
    }

    @Test
    void theFirstDeclaredFieldIsReportedWhenSeveralAreWrong() {
        assertEquals("input.title", refused(new SampleInput("", List.of(), 0, List.of("abcd"))).field());
    }

    @Test
    void bracesInALabelOrValueAreNotInterpolated() {
        var e = refused(new SampleInput("${1+1}{title}".repeat(3), List.of(target(1L, null)), 3, List.of()));
        assertTrue(e.getMessage().startsWith("标题不能为空，最长 10 字，实有 39 字 (input.title"), e.getMessage());
    }
}

package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.surveys.inputs.AnswerInput;
import cn.lvzhi.evaluation.surveys.inputs.QuestionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Well-formed questions and answer sheets, and the aggregation of sheets into results and satisfaction. */
class QuestionnaireRulesTest {
    static final List<Question> QUESTIONS = List.of(
            new Question(QuestionKind.SINGLE_CHOICE, "了解程度", true, List.of("了解", "一般", "不了解"), null, null, null),
            new Question(QuestionKind.MULTIPLE_CHOICE, "渠道", false, List.of("窗口", "网上", "电话"), null, null, null),
            new Question(QuestionKind.SCALE, "满意度", true, List.of(), 5, "很不满意", "很满意"),
            new Question(QuestionKind.TEXT, "建议", false, List.of(), null, null, null));

    private static QuestionInput q(String kind, List<String> options, Integer max, String low) {
        QuestionInput q = new QuestionInput();
        q.kind = QuestionKind.valueOf(kind);
        q.text = "题";
        q.options = options;
        q.scaleMax = max;
        q.lowLabel = low;
        return q;
    }

    @ParameterizedTest(name = "{0} with options {1}, max {2}, low label {3}: {4}")
    @CsvSource(delimiter = ';', value = {
            "SINGLE_CHOICE; 甲|乙; ; ; ok",
            "SINGLE_CHOICE; 甲; ; ; input.questions[0].options",
            "MULTIPLE_CHOICE; 甲|甲; ; ; input.questions[0].options",
            "SCALE; ; 5; 差; ok",
            "SCALE; ; 10; ; ok",
            "SCALE; ; 7; ; input.questions[0].scaleMax",
            "SCALE; ; ; ; input.questions[0].scaleMax",
            "SCALE; 甲|乙; 5; ; input.questions[0].options",
            "TEXT; ; 5; ; input.questions[0].scaleMax",
            "TEXT; ; ; 差; input.questions[0].scaleMax",
            "TEXT; ; ; ; ok",
    })
    void questions(String kind, String options, Integer max, String low, String expected) {
        QuestionInput in = q(kind, options == null ? null : List.of(options.split("\\|")), max, low);
        if (expected.equals("ok")) {
            assertEquals(1, QuestionnaireRules.questions("input.questions", List.of(in)).size());
        } else {
            assertEquals(expected, assertThrows(ValidationException.class,
                    () -> QuestionnaireRules.questions("input.questions", List.of(in))).field());
        }
    }

    @Test
    void noQuestionsIsInvalid() {
        assertEquals("input.questions", assertThrows(ValidationException.class,
                () -> QuestionnaireRules.questions("input.questions", List.of())).field());
    }

    private static AnswerInput a(int question, List<Integer> choices, Integer value, String text) {
        AnswerInput a = new AnswerInput();
        a.question = question;
        a.choices = choices;
        a.value = value;
        a.text = text;
        return a;
    }

    /** A valid sheet with answer {@code at} replaced (or added at the end when at is 4). */
    private static List<AnswerInput> sheetWith(int at, AnswerInput replaced) {
        List<AnswerInput> sheet = new ArrayList<>(List.of(a(0, List.of(1), null, null), a(2, null, 4, null)));
        if (at < sheet.size()) {
            sheet.set(at, replaced);
        } else {
            sheet.add(replaced);
        }
        return sheet;
    }

    @ParameterizedTest(name = "answer {0}: question {1}, choices {2}, value {3}, text {4} → {5}")
    @CsvSource(delimiter = ';', value = {
            "0; 0; 2; ; ; ok",
            "0; 0; 0|1; ; ; answers[0].choices",
            "0; 0; 3; ; ; answers[0].choices",
            "0; 0; ; 3; ; answers[0]",
            "2; 1; 0|0; ; ; answers[2].choices",
            "2; 1; 0|2; ; ; ok",
            "1; 2; ; 6; ; answers[1].value",
            "1; 2; ; 0; ; answers[1].value",
            "1; 2; ; 5; ; ok",
            "2; 3; ; ; 很好; ok",
            "2; 3; 1; ; ; answers[2]",
            "2; 4; ; ; ; answers[2].question",
            "2; 0; 1; ; ; answers[2].question",
            "1; 1; 0; ; ; answers",
    })
    void answers(int at, int question, String choices, Integer value, String text, String expected) {
        List<Integer> chosen = choices == null ? null : java.util.Arrays.stream(choices.split("\\|")).map(Integer::valueOf).toList();
        List<AnswerInput> sheet = sheetWith(at, a(question, chosen, value, text));
        if (expected.equals("ok")) {
            List<Answer> out = QuestionnaireRules.answers("answers", QUESTIONS, sheet);
            assertEquals(out.stream().map(Answer::question).sorted().toList(), out.stream().map(Answer::question).toList());
        } else {
            assertEquals(expected, assertThrows(ValidationException.class,
                    () -> QuestionnaireRules.answers("answers", QUESTIONS, sheet)).field());
        }
    }

    @Test
    void aTextOverTwoThousandCharactersIsInvalid() {
        List<AnswerInput> sheet = sheetWith(2, a(3, null, null, "字".repeat(2001)));
        assertEquals("answers[2].text", assertThrows(ValidationException.class,
                () -> QuestionnaireRules.answers("answers", QUESTIONS, sheet)).field());
    }

    @Test
    void resultsCountShareAndAverage() {
        List<List<Answer>> sheets = List.of(
                List.of(new Answer(0, List.of(0), null, null), new Answer(1, List.of(0, 1), null, null), new Answer(2, List.of(), 5, null),
                        new Answer(3, List.of(), null, "第二条：窗口排队久")),
                List.of(new Answer(0, List.of(0), null, null), new Answer(2, List.of(), 3, null), new Answer(3, List.of(), null, "第一条：网上办事方便")),
                List.of(new Answer(0, List.of(2), null, null), new Answer(1, List.of(1), null, null), new Answer(2, List.of(), 1, null)),
                List.of(new Answer(0, List.of(1), null, null), new Answer(2, List.of(), 4, null)));
        QuestionnaireResults r = SurveyResults.of(1, null, QUESTIONS, sheets, null);
        assertEquals(4, r.responseCount());
        var single = r.questions().get(0);
        assertEquals(List.of(2, 1, 1), single.options().stream().map(QuestionnaireResults.OptionCount::count).toList());
        assertEquals(List.of(0.5, 0.25, 0.25), single.options().stream().map(QuestionnaireResults.OptionCount::share).toList());
        var multiple = r.questions().get(1);
        assertEquals(2, multiple.answered());
        assertEquals(List.of(1, 2, 0), multiple.options().stream().map(QuestionnaireResults.OptionCount::count).toList());
        var scale = r.questions().get(2);
        assertEquals(3.25, scale.scaleMean());
        assertEquals(List.of(1, 0, 1, 1, 1), scale.scale().stream().map(QuestionnaireResults.OptionCount::count).toList());
        assertEquals(List.of("第一条：网上办事方便", "第二条：窗口排队久"), r.questions().get(3).texts(), "texts sorted, not in answer order");
        // (4 + 2 + 0 + 3) / 4 / 4 = 0.5625
        assertEquals(0.5625, r.satisfaction());
    }

    @Test
    void noScaleAnswersHaveNoSatisfaction() {
        QuestionnaireResults r = SurveyResults.of(1, 9L, QUESTIONS, List.of(), null);
        assertEquals(0, r.responseCount());
        assertNull(r.satisfaction());
        assertNull(r.questions().get(2).scaleMean());
        assertEquals(0.0, r.questions().get(0).options().get(0).share());
    }

    @Test
    void aTenPointScaleNormalisesToTheSameRange() {
        Question ten = new Question(QuestionKind.SCALE, "十分制", true, List.of(), 10, null, null);
        assertEquals(0.0, SurveyResults.normalised(ten, 1));
        assertEquals(1.0, SurveyResults.normalised(ten, 10));
        assertEquals(0.5, SurveyResults.normalised(QUESTIONS.get(2), 3));
    }
}

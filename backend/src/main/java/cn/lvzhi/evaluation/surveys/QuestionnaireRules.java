package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.surveys.inputs.AnswerInput;
import cn.lvzhi.evaluation.surveys.inputs.QuestionInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a questionnaire's questions and an answer sheet well formed: choices have 2–20 distinct options, a scale
 * runs 1–5 or 1–10, every required question is answered, each answer fits its question's kind. One place for the
 * GraphQL answers of named units and the anonymous link's answers.
 */
final class QuestionnaireRules {
    static final int MAX_TEXT = 2000;

    private QuestionnaireRules() {
    }

    /** The designed questions, checked, in order; {@code path} names the input list ("input.questions"). */
    static List<Question> questions(String path, List<QuestionInput> in) {
        if (in == null || in.isEmpty()) {
            throw new ValidationException(path, "问卷至少要有一道题 (at least one question)");
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            QuestionInput q = in.get(i);
            String at = path + "[" + i + "]";
            List<String> options = q.options == null ? List.of() : q.options;
            boolean choice = q.kind == QuestionKind.SINGLE_CHOICE || q.kind == QuestionKind.MULTIPLE_CHOICE;
            if (choice && (options.size() < 2 || new HashSet<>(options).size() != options.size())) {
                throw new ValidationException(at + ".options", "选择题须有 2 至 20 个互不相同的选项 (2 to 20 distinct options)");
            }
            if (!choice && !options.isEmpty()) {
                throw new ValidationException(at + ".options", "只有选择题有选项 (only choice questions have options)");
            }
            boolean scale = q.kind == QuestionKind.SCALE;
            if (scale && (q.scaleMax == null || (q.scaleMax != 5 && q.scaleMax != 10))) {
                throw new ValidationException(at + ".scaleMax", "量表题须为 1–5 分或 1–10 分 (a scale runs 1..5 or 1..10)");
            }
            if (!scale && (q.scaleMax != null || q.lowLabel != null || q.highLabel != null)) {
                throw new ValidationException(at + ".scaleMax", "只有量表题有分值范围和两端说明 (only a scale has a range and end labels)");
            }
            out.add(new Question(q.kind, q.text, Boolean.TRUE.equals(q.required), options, scale ? q.scaleMax : null,
                    scale ? blankToNull(q.lowLabel) : null, scale ? blankToNull(q.highLabel) : null));
        }
        return out;
    }

    /** The answer sheet, checked against the questions, sorted by question; {@code path} names the answers' list. */
    static List<Answer> answers(String path, List<Question> questions, List<AnswerInput> in) {
        List<AnswerInput> given = in == null ? List.of() : in;
        Set<Integer> answered = new HashSet<>();
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AnswerInput a = given.get(i);
            String at = path + "[" + i + "]";
            if (a == null || a.question == null || a.question < 0 || a.question >= questions.size()) {
                throw new ValidationException(at + ".question", "没有这道题 (no such question)");
            }
            if (!answered.add(a.question)) {
                throw new ValidationException(at + ".question", "同一道题只能回答一次 (a question is answered once)");
            }
            Answer answer = answer(at, questions.get(a.question), a);
            if (answer != null) {
                out.add(answer);
            }
        }
        for (int q = 0; q < questions.size(); q++) {
            if (questions.get(q).required() && out.stream().noneMatch(hasQuestion(q))) {
                throw new ValidationException(path, "第 " + (q + 1) + " 题为必答题 (question " + (q + 1) + " is required)");
            }
        }
        if (out.isEmpty()) {
            throw new ValidationException(path, "请至少回答一道题 (answer at least one question)");
        }
        out.sort(Comparator.comparingInt(Answer::question));
        return out;
    }

    private static java.util.function.Predicate<Answer> hasQuestion(int q) {
        return a -> a.question() == q;
    }

    /** One answer checked against its question; null when it is empty (an optional question left blank). */
    private static Answer answer(String at, Question q, AnswerInput a) {
        List<Integer> choices = a.choices == null ? List.of() : a.choices;
        String text = Texts.text(at + ".text", a.text, false, MAX_TEXT, "文字回答");
        boolean choice = q.kind() == QuestionKind.SINGLE_CHOICE || q.kind() == QuestionKind.MULTIPLE_CHOICE;
        if (!choice && !choices.isEmpty() || q.kind() != QuestionKind.SCALE && a.value != null
                || q.kind() != QuestionKind.TEXT && text != null) {
            throw new ValidationException(at, "答案与题型不符 (the answer does not fit the question's kind)");
        }
        if (choices.isEmpty() && a.value == null && text == null) {
            return null;
        }
        switch (q.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (q.kind() == QuestionKind.SINGLE_CHOICE && choices.size() != 1) {
                    throw new ValidationException(at + ".choices", "单选题只能选一项 (choose exactly one option)");
                }
                if (new HashSet<>(choices).size() != choices.size()
                        || choices.stream().anyMatch(c -> c == null || c < 0 || c >= q.options().size())) {
                    throw new ValidationException(at + ".choices", "所选选项不存在或重复 (no such option, or chosen twice)");
                }
                return new Answer(a.question, choices.stream().sorted().toList(), null, null);
            }
            case SCALE -> {
                if (a.value < 1 || a.value > q.scaleMax()) {
                    throw new ValidationException(at + ".value", "分值须在 1 至 " + q.scaleMax() + " 之间 (value must be 1.." + q.scaleMax() + ")");
                }
                return new Answer(a.question, List.of(), a.value, null);
            }
            default -> {
                return new Answer(a.question, List.of(), null, text);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

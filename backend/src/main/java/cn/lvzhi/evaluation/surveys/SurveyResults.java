package cn.lvzhi.evaluation.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregates answer sheets into {@link QuestionnaireResults}, and the satisfaction figure (the mean of the scale answers
 * normalised to [0,1]) the SATISFACTION_SURVEY computation feeds into a round: one rule for both.
 */
final class SurveyResults {
    private SurveyResults() {
    }

    /** A scale value in [0,1]: 1 → 0, the highest value → 1. */
    static double normalised(Question q, int value) {
        return (value - 1) / (double) (q.scaleMax() - 1);
    }

    /** The sum of the normalised scale answers of the sheets and how many there are. */
    static double[] satisfactionSum(List<Question> questions, List<List<Answer>> sheets) {
        double sum = 0;
        int n = 0;
        for (List<Answer> sheet : sheets) {
            for (Answer a : sheet) {
                if (a.question() < questions.size() && questions.get(a.question()).kind() == QuestionKind.SCALE && a.value() != null) {
                    sum += normalised(questions.get(a.question()), a.value());
                    n++;
                }
            }
        }
        return new double[] {sum, n};
    }

    static Double satisfaction(List<Question> questions, List<List<Answer>> sheets) {
        double[] s = satisfactionSum(questions, sheets);
        return s[1] == 0 ? null : round(s[0] / s[1], 4);
    }

    /** The results of these sheets; {@code byTarget} (unit → its sheets) fills the per-unit summary when not null. */
    static QuestionnaireResults of(long questionnaireId, Long targetUnitId, List<Question> questions, List<List<Answer>> sheets,
                                   Map<Long, List<List<Answer>>> byTarget) {
        List<QuestionnaireResults.QuestionResult> perQuestion = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            List<Answer> answers = sheets.stream().flatMap(s -> s.stream().filter(a -> a.question() == index)).toList();
            perQuestion.add(question(index, questions.get(i), answers));
        }
        List<QuestionnaireResults.TargetSummary> targets = new ArrayList<>();
        if (byTarget != null) {
            byTarget.forEach((unit, own) -> targets.add(new QuestionnaireResults.TargetSummary(unit, own.size(),
                    satisfaction(questions, own))));
        }
        return new QuestionnaireResults(questionnaireId, targetUnitId, sheets.size(), satisfaction(questions, sheets), perQuestion, targets);
    }

    private static QuestionnaireResults.QuestionResult question(int index, Question q, List<Answer> answers) {
        int n = answers.size();
        List<QuestionnaireResults.OptionCount> options = new ArrayList<>();
        List<QuestionnaireResults.OptionCount> scale = new ArrayList<>();
        Double mean = null;
        List<String> texts = List.of();
        switch (q.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (int o = 0; o < q.options().size(); o++) {
                    int option = o;
                    int count = (int) answers.stream().filter(a -> a.choices().contains(option)).count();
                    options.add(new QuestionnaireResults.OptionCount(q.options().get(o), count, share(count, n)));
                }
            }
            case SCALE -> {
                Map<Integer, Integer> counts = new LinkedHashMap<>();
                for (int v = 1; v <= q.scaleMax(); v++) {
                    counts.put(v, 0);
                }
                answers.stream().map(Answer::value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
                counts.forEach((v, c) -> scale.add(new QuestionnaireResults.OptionCount(String.valueOf(v), c, share(c, n))));
                mean = n == 0 ? null : round(answers.stream().mapToInt(Answer::value).average().orElse(0), 2);
            }
            case TEXT -> texts = answers.stream().map(Answer::text).filter(Objects::nonNull).sorted().toList();
        }
        return new QuestionnaireResults.QuestionResult(index, q.kind(), q.text(), n, options, mean, scale, texts);
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : round(count / (double) of, 4);
    }

    private static double round(double value, int places) {
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}

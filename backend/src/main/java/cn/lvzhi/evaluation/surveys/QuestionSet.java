package cn.lvzhi.evaluation.surveys;

import java.util.List;

/** A questionnaire's questions in order, as its JSON column holds them ({@code {"items": [...]}}). */
public record QuestionSet(List<Question> items) {
    public QuestionSet {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

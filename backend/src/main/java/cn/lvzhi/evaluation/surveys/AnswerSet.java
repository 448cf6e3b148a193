package cn.lvzhi.evaluation.surveys;

import java.util.List;

/** An answer sheet's answers by question, as its JSON column holds them ({@code {"items": [...]}}). */
public record AnswerSet(List<Answer> items) {
    public AnswerSet {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

package cn.lvzhi.evaluation.surveys;

/** A question's kind: 单选, 多选, 量表 (1–5 or 1–10 with labelled ends), 文字. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, TEXT
}

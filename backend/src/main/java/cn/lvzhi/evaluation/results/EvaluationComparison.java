package cn.lvzhi.evaluation.results;

/**
 * Whether a unit's result could be compared with the previous round (较上轮, 同口径), and if not why: the pages, the
 * letter and the export say so instead of leaving the cell blank.
 */
public enum EvaluationComparison {
    /** compared over at least one comparable indicator scored in both rounds */
    COMPARED("已同口径比较"),
    /** the round names no previous round, or the caller sees none of it */
    NO_PREVIOUS_ROUND("无可比上轮"),
    /** the unit was not in the previous round's scope */
    NOT_IN_PREVIOUS_ROUND("上轮未参评"),
    /** the unit's result in the previous round is not readable for the caller yet (not published) */
    PREVIOUS_NOT_VISIBLE("上轮结果未公布"),
    /** no indicator is marked comparable with a counterpart scored (and applicable) in both rounds */
    NO_COMPARABLE_INDICATORS("无同口径可比指标");

    private final String words;

    EvaluationComparison(String words) {
        this.words = words;
    }

    /** The Chinese words for a file (the SPA has its own labels in enums.json). */
    String words() {
        return words;
    }
}

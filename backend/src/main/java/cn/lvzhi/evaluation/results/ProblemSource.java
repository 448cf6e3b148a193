package cn.lvzhi.evaluation.results;

/** What found a problem raised for the rectification ledger (整改台账); {@code source_id} names the row. */
public enum ProblemSource {
    /** A low score: the score row. */
    SCORE,
    /** 察访核验: the goal verification. */
    VERIFICATION,
    /** 编办's review of a “1+3” form: the submission. */
    FORM_REVIEW,
    /** 五个一 一个报告: the review of the unit's work report. */
    REPORT_REVIEW,
    /** 五个一 一次函调: the inquiry letter whose reply found it. */
    INQUIRY,
    /** 五个一 一场座谈: the symposium. */
    SYMPOSIUM,
    /** 五个一 一张问卷: the questionnaire. */
    QUESTIONNAIRE,
    /** 三定 execution: the finding (缺位, 越位, 错位, a cancelled duty still used). */
    THREE_DEFINITIONS,
    /** 跟踪问效: the rectification. */
    TRACKING,
    OTHER
}

package cn.lvzhi.evaluation;

/** The marking stage of a round (评估阶段), in order; each stage's marks are kept per score row. */
public enum EvaluationStage {
    /** Being prepared; units see nothing yet (筹备). */
    DRAFT,
    /** Units fill in their self-assessment (单位自评). */
    SELF_ASSESSMENT,
    /** 编办 marks (初评). */
    FIRST_MARK,
    /** Units see what lost points and reply with evidence (反馈申辩). */
    REPLY,
    /** 编办's final mark with its reasons (复核终评). */
    FINAL_MARK,
    /** Results published (结果公布); a later change is flagged and audited. */
    PUBLISHED
}

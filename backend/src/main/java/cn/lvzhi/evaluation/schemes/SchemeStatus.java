package cn.lvzhi.evaluation.schemes;

/** The life of a scheme version (评估标准状态). */
public enum SchemeStatus {
    /** Being built; saved whole and validated at each save (草稿). */
    DRAFT,
    /** In force for its year; rounds use it (生效). */
    ACTIVE,
    /** Replaced by a later version (已被替代). */
    SUPERSEDED
}

package cn.lvzhi.tracking;

/** What the committee is advised to do with a failed set-up (处理意见): 机构撤并 or 核减编制. */
public enum RecommendationKind {
    MERGE_OR_ABOLISH,
    CUT_POSTS
}

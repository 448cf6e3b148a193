package cn.lvzhi.evaluation.goals;

/** 编办's decision on a submitted goal: accept it, or return it to its unit with a comment. */
public enum ReviewDecision {
    ACCEPT,
    RETURN
}

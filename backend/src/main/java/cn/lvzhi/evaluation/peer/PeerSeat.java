package cn.lvzhi.evaluation.peer;

/** The seat an actor takes in a round's peer assessment (互评), as {@link PeerPolicy} decides it. */
public enum PeerSeat {
    /** 编办 of the region: runs it, sees counts, completion and aggregates. */
    OFFICE,
    /** Leaders of the region: read counts, completion and aggregates. */
    LEADER,
    /** A unit in the round: its own assignments and ratings; its own aggregate after publication. */
    RATER,
    NONE
}

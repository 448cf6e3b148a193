package cn.lvzhi.evaluation.rounds;

/** Where a unit's submission of one form stands (报送状态). */
public enum SubmissionStatus {
    /** Not submitted yet (待报送). */
    PENDING,
    /** Submitted (已报送). */
    SUBMITTED,
    /** Returned by 编办 with a comment, to submit again (已退回). */
    RETURNED,
    /** Accepted by 编办 (已受理). */
    ACCEPTED
}

package cn.lvzhi.evaluation.goals;

/** What an on-site verification (察访核验) found: the goal or milestone met, partly met or not met. */
public enum VerificationResult {
    YES,
    PARTLY,
    NO
}

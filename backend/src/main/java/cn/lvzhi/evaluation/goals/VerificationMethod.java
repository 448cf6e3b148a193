package cn.lvzhi.evaluation.goals;

/** How 编办 verified a goal on site (察访核验方式). */
public enum VerificationMethod {
    /** 听取介绍 */
    BRIEFING,
    /** 查阅资料 */
    DOCUMENTS,
    /** 查看现场 */
    SITE_VISIT,
    /** 座谈 */
    SYMPOSIUM
}

package cn.lvzhi.tracking;

/** The seven steps of a round (问效步骤), in their only order. */
public enum TrackingStep {
    /** 部署安排 */
    PLAN("部署安排"),
    /** 调查摸底 */
    SURVEY("调查摸底"),
    /** 自评自查 */
    SELF_CHECK("自评自查"),
    /** 现场核查 */
    ON_SITE("现场核查"),
    /** 综合评定 */
    ASSESSMENT("综合评定"),
    /** 情况反馈 */
    FEEDBACK("情况反馈"),
    /** 督促整改 */
    RECTIFICATION("督促整改");

    private final String label;

    TrackingStep(String label) {
        this.label = label;
    }

    /** The Chinese name, for messages and documents. */
    public String label() {
        return label;
    }

    /** The step after this one, or {@code null} after the last. */
    public TrackingStep next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** True when this step lies at or after the other. */
    public boolean reached(TrackingStep other) {
        return ordinal() >= other.ordinal();
    }
}

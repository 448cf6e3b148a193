package cn.lvzhi.cases;

/** The state of a dispatch (派单状态), with the Chinese a message names it by. */
public enum DispatchStatus {
    SENT("已派单，待签收"),
    SIGNED("已签收"),
    REPLIED("已办结反馈"),
    RATED("已评价"),
    REFUSED("已退单");

    private final String label;

    DispatchStatus(String label) {
        this.label = label;
    }

    /** The state in Chinese, for the Chinese part of a message (never an enum name on a Chinese page). */
    public String label() {
        return label;
    }
}

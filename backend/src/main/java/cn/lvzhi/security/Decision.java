package cn.lvzhi.security;

import cn.lvzhi.common.ForbiddenException;

/** The outcome of a policy rule: allowed, or refused with a reason the user can read. */
public record Decision(boolean allowed, String reason) {
    public static final Decision ALLOW = new Decision(true, null);

    public static Decision refuse(String reason) {
        return new Decision(false, reason);
    }

    /** Throws FORBIDDEN with the reason when refused. */
    public void orThrow() {
        if (!allowed) {
            throw new ForbiddenException(reason);
        }
    }
}

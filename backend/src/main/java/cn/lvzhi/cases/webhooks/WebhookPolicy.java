package cn.lvzhi.cases.webhooks;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who manages callbacks (webhooks): an integrated system (integration role, client credentials), for itself only —
 * its subscriptions and deliveries are the ones registered under its token's subject; another system's do not exist
 * for it. People never register callbacks.
 */
public final class WebhookPolicy {
    static final String REFUSED = "只有对接系统可管理回调地址 (only an integrated system manages webhooks)";

    private WebhookPolicy() {
    }

    public static Decision manage(Actor a) {
        return a.has(Role.INTEGRATION) ? Decision.ALLOW : Decision.refuse(REFUSED);
    }

    /** Is the subscription the caller's own? */
    public static boolean owns(Actor a, WebhookSubscription s) {
        return s != null && s.removedAt == null && a.subject().equals(s.subject);
    }
}

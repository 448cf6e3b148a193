package cn.lvzhi.cases.webhooks;

/** Where a callback (webhook delivery) stands. */
public enum WebhookDeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The receiver answered 2xx; never sent again. */
    DELIVERED,
    /** Every attempt failed; given up. */
    DEAD,
    /** The subscription was removed before it was delivered. */
    CANCELLED
}

package cn.lvzhi.cases.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The signature of a callback: HMAC-SHA256 with the subscription's secret over {@code timestamp + "." + body},
 * sent as {@value #SIGNATURE}: {@code sha256=<hex>} beside {@value #TIMESTAMP} (Unix seconds) and {@value #EVENT_ID}.
 * The receiver recomputes it, compares in constant time and refuses an old timestamp, so a captured request can
 * be neither forged nor replayed later.
 */
public final class WebhookSignature {
    public static final String SIGNATURE = "X-Lvzhi-Signature";
    public static final String TIMESTAMP = "X-Lvzhi-Timestamp";
    public static final String EVENT_ID = "X-Lvzhi-Event-Id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A fresh secret: 32 random bytes, hex. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The header value signing this body at this timestamp. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

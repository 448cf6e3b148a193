package cn.lvzhi.cases.webhooks;

import cn.lvzhi.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A callback may not aim the server at its own machine or network, in any notation of the address. */
class CallbackTargetsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:9000/hook", "http://LOCALHOST./hook", "https://api.localhost/hook", "http://printer.local/x",
            "http://metadata.google.internal/computeMetadata/v1/",
            "http://127.0.0.1:19094/q/metrics", "http://127.1/x", "http://2130706433/x", "http://0x7f000001/x",
            "http://0177.0.0.1/x", "http://0.0.0.0:8080/x", "http://10.0.0.8/x", "http://172.16.5.4/x", "http://192.168.1.1/x",
            "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/x", "http://[::1]/x", "http://[fd00::1]/x",
            "http://[fe80::1]/x", "http://[::ffff:127.0.0.1]/x", "http://[::]/x", "http://224.0.0.1/x"})
    void aLocalOrPrivateTargetIsRefused(String url) {
        assertNotNull(CallbackTargets.refusal(URI.create(url), false), url);
        ValidationException e = assertThrows(ValidationException.class, () -> WebhookService.checkedUrl(url, false));
        // a short form java.net.URI reads no host from (127.1) is refused as malformed, the others as local
        assertTrue(e.getMessage().contains(URI.create(url).getHost() == null ? "完整的 http(s) 地址" : "回调地址不能指向"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://12345.example.gov.cn/callback", "https://hotline.jinzhou.gov.cn:8443/api/lvzhi",
            "http://8.8.8.8/x", "https://[2001:db8::1]/x", "https://localhost-gateway.example.cn/x", "https://172.32.0.1/x"})
    void aPublicTargetIsAllowed(String url) {
        assertNull(CallbackTargets.refusal(URI.create(url), false), url);
        assertEquals(url, WebhookService.checkedUrl(url, false));
    }

    @Test
    void aDeploymentMayAllowALocalReceiver() {
        assertEquals("http://127.0.0.1:9000/hook", WebhookService.checkedUrl("http://127.0.0.1:9000/hook", true));
        assertNull(CallbackTargets.refusal(URI.create("http://localhost/x"), true));
    }
}

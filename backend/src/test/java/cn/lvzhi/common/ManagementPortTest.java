package cn.lvzhi.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Health and metrics (unauthenticated) answer on the loopback interface only, unless the environment says otherwise. */
@QuarkusTest
class ManagementPortTest {
    static final int PORT = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9081);

    static List<InetAddress> externalAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws SocketException {
        // the value production runs with unless LVZHI_MANAGEMENT_HOST is set
        assertEquals("127.0.0.1", ConfigProvider.getConfig().getValue("quarkus.management.host", String.class));
        RestAssured.given().baseUri("http://127.0.0.1").port(PORT).get("/q/health/live").then().statusCode(200);

        for (InetAddress address : externalAddresses()) {
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, PORT), 5_000);
                }
            }, "management port reachable on " + address);
        }
    }
}

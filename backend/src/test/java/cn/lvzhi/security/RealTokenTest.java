package cn.lvzhi.security;

import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real tokens from the real Keycloak: a person by password grant, a system by client credentials. */
@QuarkusTest
class RealTokenTest {
    static final String ME = "{ me { subject username displayName system roles unit { code name kind } } }";

    @Test
    void demoUserSeesHerselfWithUnitAndRoles() {
        JsonPath me = Gql.data(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "bianban"), ME, null)));
        assertEquals("bianban", me.getString("data.me.username"));
        assertEquals("李明哲", me.getString("data.me.displayName"), "Chinese names read family name first");
        assertFalse(me.getBoolean("data.me.system"));
        assertEquals(List.of("ESTABLISHMENT_OFFICE"), me.getList("data.me.roles"));
        assertEquals("JZ-QH-BB", me.getString("data.me.unit.code"));
        assertEquals("清河区委编办", me.getString("data.me.unit.name"));
        assertEquals("ESTABLISHMENT_OFFICE", me.getString("data.me.unit.kind"));
    }

    @Test
    void integrationClientIsASystemOfItsOwnUnit() {
        JsonPath me = Gql.data(Gql.ok(Gql.post(
                Keycloak.clientCredentials(Keycloak.HOTLINE_CLIENT, Keycloak.HOTLINE_SECRET), ME, null)));
        assertTrue(me.getBoolean("data.me.system"));
        assertEquals(List.of("INTEGRATION"), me.getList("data.me.roles"));
        assertEquals("JZ-QH-RX", me.getString("data.me.unit.code"));
        assertEquals("lvzhi-hotline", me.getString("data.me.displayName"));
    }

    @Test
    void everyDemoUserHasExactlyTheRoleOfTheTable() {
        for (Role role : Role.values()) {
            JsonPath me = Gql.data(Gql.as(role, ME));
            assertEquals(List.of(role.name()), me.getList("data.me.roles"), () -> "demo user of " + role);
        }
    }
}

package cn.lvzhi.security;

import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.KeycloakAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A genuine Keycloak identity whose unit attribute is missing or names no unit gets nothing: every operation
 * answers FORBIDDEN with the reason, even with a powerful role.
 */
@QuarkusTest
class FailClosedTest {

    @Test
    void identityWithoutUnitGetsNothing() {
        try (var user = new KeycloakAdmin("establishment-office", null)) {
            String token = user.token();
            assertTrue(Gql.error(Gql.ok(Gql.post(token, "{ me { subject } }", null)), "FORBIDDEN").contains("单位"));
            Gql.error(Gql.ok(Gql.post(token, "{ units { totalCount } }", null)), "FORBIDDEN");
            Gql.error(Gql.ok(Gql.post(token, "mutation { updateUnit(input: {id: 1, version: 0, name: \"x\"}) { unit { id } } }", null)),
                    "FORBIDDEN");
        }
    }

    @Test
    void identityWithUnknownUnitGetsNothing() {
        try (var user = new KeycloakAdmin("leader", "JZ-NO-SUCH-UNIT")) {
            String reason = Gql.error(Gql.ok(Gql.post(user.token(), "{ units { totalCount } }", null)), "FORBIDDEN");
            assertTrue(reason.contains("单位"), reason);
        }
    }

    @Test
    void sameKindOfIdentityWithAKnownUnitIsServed() {
        try (var user = new KeycloakAdmin("leader", "JZ-QH")) {
            assertEquals("JZ-QH", Gql.data(Gql.ok(Gql.post(user.token(), "{ me { unit { code } } }", null)))
                    .getString("data.me.unit.code"));
        }
    }
}

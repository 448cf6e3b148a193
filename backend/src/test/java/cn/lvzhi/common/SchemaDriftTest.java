package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed api-schema/schema.graphql equals the schema the backend serves. `make schema` runs this test
 * with -Dlvzhi.schema.write=true to regenerate the file.
 */
@QuarkusTest
class SchemaDriftTest {
    static final Path COMMITTED = Path.of("..", "api-schema", "schema.graphql");

    @Test
    void committedSchemaMatchesTheServedOne() throws IOException {
        String served = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.LEADER)).get("/graphql/schema.graphql").then().statusCode(200).extract().asString().strip() + "\n";
        if (Boolean.getBoolean("lvzhi.schema.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertEquals(committed, served, "api-schema/schema.graphql is stale: run `make schema` and commit it");
    }
}

package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text rule holds through a real mutation (a grid worker's report): refused characters answer VALIDATION naming
 * the field, whatever the field, and accepted text is stored normalised.
 */
@QuarkusTest
class TextInputApiTest {

    private static Map<String, Object> report(String field, String value) {
        Map<String, Object> in = new HashMap<>(Map.of("title", "井盖缺失", "description", "人民路口井盖缺失，存在安全隐患",
                "address", "人民路 1 号", "categoryText", "市政设施", "clientKey", UUID.randomUUID().toString()));
        in.put(field, value);
        return in;
    }

    private static JsonPath post(Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), Cases.REPORT, Map.of("i", input)));
    }

    /**
     * NUL and unpaired surrogates never reach the resolvers: the request guard refuses them in the raw body (400,
     * naming the JSON path); the rule of every argument ({@link cn.lvzhi.common.InputRules}) refuses them for any path
     * the guard does not see, and {@code TextRulesTest} tests that rule itself.
     */
    private static io.restassured.response.Response raw(String json) {
        return RestAssured.given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + Keycloak.tokenFor(Role.GRID_WORKER)).body(json).post("/graphql");
    }

    private static void refusedAtTheDoor(io.restassured.response.Response response, String field, String words) {
        response.then().statusCode(400);
        JsonPath body = response.jsonPath();
        assertTrue(Gql.error(body, "VALIDATION").contains(words), body.prettify());
        assertEquals(field, body.getString("errors[0].extensions.field"));
    }

    @Test
    void aNulOrControlCharacterInAnyTextFieldIsRefusedNamingIt() {
        for (String field : List.of("title", "description", "address", "categoryText")) {
            refusedAtTheDoor(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), Cases.REPORT, Map.of("i", report(field, "井盖\u0000缺失"))),
                    "variables.i." + field, "U+0000");
        }
        JsonPath bell = post(report("description", "井盖\u0007缺失"));
        Gql.error(bell, "VALIDATION");
        assertEquals("input.description", bell.getString("errors[0].extensions.field"));
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        // written as a JSON escape: the client library would not send a broken Java string as such
        refusedAtTheDoor(raw("""
                {"query":"mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }",
                 "variables":{"i":{"title":"井盖\\ud800缺失","description":"人民路口井盖缺失","address":"人民路 1 号","categoryText":"市政设施"}}}"""),
                "variables.i.title", "代理字符");
    }

    @Test
    void aTitleWithABidiOverrideOrALineBreakIsRefused() {
        for (String title : List.of("井盖\u202E失缺", "井盖\u2066缺失", "井盖\n缺失")) {
            JsonPath body = post(report("title", title));
            Gql.error(body, "VALIDATION");
            assertEquals("input.title", body.getString("errors[0].extensions.field"));
        }
    }

    @Test
    void aZeroWidthOnlyTitleDoesNotSatisfyTheRequiredField() {
        JsonPath body = post(report("title", "\u200B\u200D\uFEFF"));
        assertTrue(Gql.error(body, "VALIDATION").contains("不能为空"), body.prettify());
        assertEquals("input.title", body.getString("errors[0].extensions.field"));
    }

    @Test
    void acceptedTextIsStoredInNfcWithoutEdgeInvisiblesAndLengthCountsCharacters() {
        // 200 supplementary characters are 400 UTF-16 units: within the 200-character title
        String longTitle = "\uD840\uDC00".repeat(199) + "e\u0301";
        String id = Gql.data(post(report("title", "\uFEFF" + longTitle + "\u200B"))).getString("data.reportCase.case.id");
        JsonPath read = Gql.data(Gql.as(Role.GRID_WORKER, "query($id: ID!) { case(id: $id) { title } }", Map.of("id", id)));
        assertEquals("\uD840\uDC00".repeat(199) + "\u00e9", read.getString("data.case.title"));
        JsonPath tooLong = post(report("title", "\uD840\uDC00".repeat(201)));
        assertTrue(Gql.error(tooLong, "VALIDATION").contains("实有 201 字"), tooLong.prettify());
    }

    @Test
    void aNulInAQueryArgumentIsRefusedToo() {
        refusedAtTheDoor(Gql.post(Keycloak.tokenFor(Role.LEADER), "query($c: String!) { unitByCode(code: $c) { id } }",
                Map.of("c", "JZ\u0000QH")), "variables.c", "U+0000");
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example operations in api-schema/examples work as written, for the hotline client, against the real API. */
@QuarkusTest
class HotlineExamplesTest {
    static final Path EXAMPLES = Path.of("..", "api-schema", "examples");

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theHotlineSubmitsByItsOwnIdAndFollowsOnlyItsCases() throws IOException {
        String token = Keycloak.clientCredentials(Keycloak.HOTLINE_CLIENT, Keycloak.HOTLINE_SECRET);
        String externalId = "RX-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> input = Map.of("externalId", externalId, "title", "夜间施工噪声扰民",
                "description", "市民来电：建设路18号工地连续三晚23点后施工。", "address", "清河街道清河社区建设路18号",
                "categoryText", "噪声扰民", "priority", "HIGH");
        JsonPath first = Gql.data(Gql.ok(Gql.post(token, example("hotline-report.graphql"), Map.of("input", input))));
        JsonPath again = Gql.data(Gql.ok(Gql.post(token, example("hotline-report.graphql"), Map.of("input", input))));
        assertEquals(first.getString("data.reportCase.case.id"), again.getString("data.reportCase.case.id"), "a retry is the first case");
        assertEquals("REPORTED", first.getString("data.reportCase.case.status"));

        JsonPath mine = Gql.data(Gql.ok(Gql.post(token, example("hotline-follow-up.graphql"), Map.of("first", 200))));
        List<String> ids = mine.getList("data.cases.edges.node.externalId");
        assertTrue(ids.contains(externalId), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id != null && id.startsWith("RX-")), "only cases the hotline submitted: " + ids);
    }
}

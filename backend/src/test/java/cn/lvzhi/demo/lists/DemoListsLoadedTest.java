package cn.lvzhi.demo.lists;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo city comes with every list populated, published as version 1, loaded once. */
@QuarkusTest
class DemoListsLoadedTest {
    @Inject
    DemoListsLoader loader;

    @Test
    void everyListIsPopulatedAndSearchable() {
        List<ListItemSeed> seeds = DemoLists.generate(DemoDistrict.generate(1));
        for (ListKind kind : ListKind.values()) {
            long expected = seeds.stream().filter(s -> s.kind() == kind).count();
            JsonPath page = Gql.data(Gql.as(Role.GRID_WORKER, "query($k: ListKind!) { listItems(filter: {kind: $k}, first: 1) { totalCount } }",
                    Map.of("k", kind.name())));
            assertTrue(page.getInt("data.listItems.totalCount") >= expected && expected > 0, kind::name);
        }
        JsonPath noise = Gql.data(Gql.as(Role.TOWNSHIP, """
                { listItems(filter: {kind: BOUNDARY, keyword: "噪声"}, first: 50) { edges { node { name publishedVersion
                  unit { code } details { boundary { cooperating { unitCode responsibility } } } } } } }"""));
        List<Map<String, Object>> nodes = noise.getList("data.listItems.edges.node");
        Map<String, Object> site = nodes.stream().filter(n -> "建筑工地噪声污染监管".equals(n.get("name"))).findFirst().orElseThrow();
        assertEquals("JZ-QH-D10", ((Map<?, ?>) site.get("unit")).get("code"), "生态环境局 leads");
        assertEquals(1, site.get("publishedVersion"));
        assertTrue(noise.getList("data.listItems.edges.node.details.boundary.cooperating.unitCode").toString().contains("JZ-QH-D11"),
                "城市管理局 co-operates");
    }

    @Test
    void loadingAgainAddsNothing() throws SQLException {
        assertEquals(0, loader.load());
    }
}

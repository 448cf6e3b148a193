package cn.lvzhi.demo.evaluation;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationSchemes;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo schemes as the loader writes them are what the API reads: 2026's indicators linked to 2025's, its computed
 * indicators naming the computations with their parameters (inserted in years of their own, as the loader does).
 */
@QuarkusTest
class DemoSchemesLoaderTest {
    @Inject
    DemoSchemesLoader loader;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLoadedSchemesReadBackThroughTheApi() throws Exception {
        int year = EvaluationSchemes.freshYear();
        long last;
        long current;
        try (Connection c = dataSource.getConnection()) {
            String region = DemoSchemesLoader.regionPath(c);
            last = loader.insert(c, region, year, DemoSchemes.NAME_2025, DemoSchemes.scheme2025(), null);
            current = loader.insert(c, region, year + 1, DemoSchemes.NAME_2026, DemoSchemes.scheme2026(), last);
        }
        JsonPath s = Gql.data(Gql.as(Role.DEPARTMENT, """
                query($id: ID!) { evaluationScheme(id: $id) { name status totalPoints previousScheme { id }
                  indicators { code depth isLeaf source sourceBody computation { name params { name value } } previous { code name } comparable } } }""",
                Map.of("id", String.valueOf(current))));
        assertEquals(DemoSchemes.NAME_2026, s.getString("data.evaluationScheme.name"));
        assertEquals("ACTIVE", s.getString("data.evaluationScheme.status"));
        assertEquals(String.valueOf(last), s.getString("data.evaluationScheme.previousScheme.id"));
        List<Map<String, Object>> indicators = s.getList("data.evaluationScheme.indicators");
        assertEquals(DemoSchemes.scheme2026().indicators().size(), indicators.size());
        Map<String, Object> a1 = indicators.stream().filter(i -> "A1".equals(i.get("code"))).findFirst().orElseThrow();
        assertEquals(Map.of("name", "GOAL_COMPLETION_RATE", "params", List.of(Map.of("name", "partlyCounts", "value", "0.5"))),
                a1.get("computation"));
        assertEquals(Map.of("code", "A1", "name", "年度履职目标完成率"), a1.get("previous"));
        assertEquals(true, a1.get("comparable"));
        assertEquals(List.of("纪委监委", "组织部", "12345热线"), indicators.stream().filter(i -> "IMPORTED".equals(i.get("source")))
                .map(i -> i.get("sourceBody")).toList());
    }
}

package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nested fields resolve in batches: the number of database reads does not grow with the page size. */
@QuarkusTest
class BatchingTest {
    /** The management port of this run (-Dquarkus.management.test-port overrides the configured 9081). */
    static final int MANAGEMENT_TEST_PORT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9081);

    static double readsSoFar() {
        String metrics = RestAssured.given().port(MANAGEMENT_TEST_PORT).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("lvzhi_db_reads_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Inject
    Schema model;
    @Inject
    BatchLoaders loaders;

    @Test
    void eachRequestMakesOnlyTheLoadersItUses() {
        Gql.data(Gql.as(Role.LEADER, "{ units(first: 2) { edges { node { code parent { code } } } } }"));
        // the engine is built: SmallRye's model holds no batch field (it would make a loader of each per request)
        assertTrue(model.getBatchOperations().isEmpty(), "batch fields left to SmallRye: " + model.getBatchOperations());
        assertTrue(loaders.names().containsAll(List.of("Unit_parent", "Mandate_duties", "Case_dispatches")),
                "batch fields: " + loaders.names());
        var request = loaders.forRequest();
        assertTrue(request.getKeys().isEmpty());
        var parent = request.getDataLoader("Unit_parent");
        assertNotNull(parent);
        assertSame(parent, request.getDataLoader("Unit_parent"), "one loader per field and request");
        assertEquals(java.util.Set.of("Unit_parent"), request.getKeys());
    }

    double readsFor(int pageSize) {
        Gql.as(Role.LEADER, "{ me { subject } }"); // the actor lookup is not a resolver read; warm it outside the count
        double before = readsSoFar();
        JsonPath page = Gql.data(Gql.as(Role.LEADER, "{ units(filter: {kind: GRID}, first: " + pageSize
                + ") { totalCount edges { node { code childCount parent { code childCount parent { code } } } } } }"));
        List<String> parents = page.getList("data.units.edges.node.parent.code");
        assertEquals(pageSize, parents.size());
        return readsSoFar() - before;
    }

    @Test
    void readsStayConstantAsThePageGrows() {
        double small = readsFor(5);
        double large = readsFor(200);
        // page + total, then at most one batch per nested level: childCount, parent, parent.childCount, parent.parent
        // (units read by id are kept across requests, so a level whose units are all kept reads nothing)
        assertTrue(small <= 6, "reads for 5 rows: " + small);
        assertTrue(large <= 6, "reads for 200 rows: " + large);
        assertTrue(large >= 3, "the page, its total and the child counts are read every time: " + large);
    }

    double claimStatReadsFor(int pageSize) {
        Gql.as(Role.LEADER, "{ me { subject } }");
        double before = readsSoFar();
        JsonPath page = Gql.data(Gql.as(Role.LEADER, "{ claimStats(first: " + pageSize
                + ") { totalCount edges { node { claimRate coverage unit { code } } } } }"));
        assertEquals(pageSize, page.getList("data.claimStats.edges").size());
        return readsSoFar() - before;
    }

    @Test
    void claimStatsAreComputedInOneQueryWhateverThePageSize() {
        double small = claimStatReadsFor(2);
        double large = claimStatReadsFor(30);
        // the figures and the total in one read session, the units in one batch
        assertTrue(small <= 3, "reads for 2 rows: " + small);
        assertEquals(small, large, "reads for 30 rows equal reads for 2 rows");
    }
}

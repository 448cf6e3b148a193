package cn.lvzhi.org;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit's place is read once and kept across requests; forgetting it reads the tree again. */
@QuarkusTest
class UnitPlacesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    UnitPlaces places;

    @Inject
    UnitReads units;

    @Test
    void aPlaceIsKeptUntilTheTreeIsForgotten() throws Exception {
        String code = "JZ-QH-PL-" + UnitApiTest.unique();
        long id = Long.parseLong(Gql.data(UnitApiTest.create(Role.ESTABLISHMENT_OFFICE, Map.of(
                        "parentId", UnitApiTest.idOf(DemoDistrict.ENVIRONMENT), "code", code, "name", "缓存测试科" + code,
                        "kind", "INTERNAL_OFFICE", "level", "COUNTY", "category", "SAFETY_ENVIRONMENT")))
                .getString("data.createUnit.unit.id"));

        UnitPlaces.Place first = places.of(id).await().atMost(WAIT);
        assertEquals(UnitKind.INTERNAL_OFFICE, first.kind());
        assertTrue(first.path().endsWith("/" + id + "/"), first.path());
        assertTrue(first.regionPath() != null && first.path().startsWith(first.regionPath())
                && !first.path().equals(first.regionPath()), "the region is a government above the office");

        setKind(id, "COMMAND_CENTRE");
        try {
            assertEquals(UnitKind.INTERNAL_OFFICE, places.of(id).await().atMost(WAIT).kind(),
                    "a warm place is not read again");
            places.forgetAll();
            assertEquals(UnitKind.COMMAND_CENTRE, places.of(id).await().atMost(WAIT).kind(),
                    "after forgetAll the tree is read again");
        } finally {
            setKind(id, "INTERNAL_OFFICE");
            places.forgetAll();
        }
    }

    @Test
    void aUnitReadByIdIsKeptUntilAChangeThroughTheApiForgetsIt() throws Throwable {
        String code = "JZ-QH-PK-" + UnitApiTest.unique();
        JsonPath created = Gql.data(UnitApiTest.create(Role.ESTABLISHMENT_OFFICE, Map.of(
                "parentId", UnitApiTest.idOf(DemoDistrict.ENVIRONMENT), "code", code, "name", "名称测试科" + code,
                "kind", "INTERNAL_OFFICE", "level", "COUNTY")));
        long id = Long.parseLong(created.getString("data.createUnit.unit.id"));
        assertEquals("名称测试科" + code, nameOf(id));

        try (Connection c = DatabaseOwner.connect();
             PreparedStatement st = c.prepareStatement("UPDATE unit SET name = ? WHERE id = ?")) {
            st.setString(1, "库内改名科" + code);
            st.setLong(2, id);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals("名称测试科" + code, nameOf(id),
                "a kept unit is not read again within its time");

        Gql.data(UnitApiTest.update(Role.ESTABLISHMENT_OFFICE, Map.of("id", String.valueOf(id),
                "version", created.getInt("data.createUnit.unit.version"), "name", "接口改名科" + code)));
        assertEquals("接口改名科" + code, nameOf(id),
                "a change through the API is seen at once");
    }

    @Test
    void anotherReplicasChangeIsHeardAtOnce() throws Throwable {
        String code = "JZ-QH-PN-" + UnitApiTest.unique();
        long id = Long.parseLong(Gql.data(UnitApiTest.create(Role.ESTABLISHMENT_OFFICE, Map.of(
                "parentId", UnitApiTest.idOf(DemoDistrict.ENVIRONMENT), "code", code, "name", "通知测试科" + code,
                "kind", "INTERNAL_OFFICE", "level", "COUNTY"))).getString("data.createUnit.unit.id"));
        List<Long> before = places.subtree(Long.parseLong(UnitApiTest.idOf(DemoDistrict.ENVIRONMENT))).await().atMost(WAIT);
        assertTrue(before.contains(id), "the office is in its department's subtree");
        assertEquals("通知测试科" + code, nameOf(id));

        // what another replica's change through the API does: the row changes, and the commit announces it
        try (Connection c = DatabaseOwner.connect();
             PreparedStatement st = c.prepareStatement("UPDATE unit SET name = ? WHERE id = ?");
             PreparedStatement notify = c.prepareStatement("SELECT pg_notify('lvzhi_units', '')")) {
            st.setString(1, "别处改名科" + code);
            st.setLong(2, id);
            assertEquals(1, st.executeUpdate());
            notify.execute();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!nameOf(id).equals("别处改名科" + code) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals("别处改名科" + code, nameOf(id), "the announcement made this replica read the unit again");
    }

    @Test
    void aUnitThatDoesNotExistHasNoPlace() {
        assertThrows(IllegalStateException.class, () -> places.of(Long.MAX_VALUE).await().atMost(WAIT));
    }

    private String nameOf(long id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> units.byIds(List.of(id))).get(id).name;
    }

    private static void setKind(long id, String kind) throws Exception {
        try (Connection c = DatabaseOwner.connect();
             PreparedStatement st = c.prepareStatement("UPDATE unit SET kind = ? WHERE id = ?")) {
            st.setString(1, kind);
            st.setLong(2, id);
            assertEquals(1, st.executeUpdate());
        }
    }
}

package cn.lvzhi.notifications;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.PushStream;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bell per person, with real tokens: an office-coded notification reaches the office's staff and the department,
 * never another office; reading is each person's own; a muted kind stays out of the list, the count and the stream;
 * and the live stream delivers a new notification to whom it concerns and to nobody else; that cases changed, it
 * says at most once a second, and all through a busy spell.
 */
@QuarkusTest
class NotificationPushApiTest {
    static final String MINE = """
            query { notifications(first: 100) { unreadCount edges { node { id kind subjectId readAt } } } }""";
    static final String SETTINGS = "query { notificationSettings { kinds { kind enabled } } }";
    static final String UPDATE = """
            mutation($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) {
              unreadCount settings { kinds { kind enabled } } } }""";
    static final String MARK = "mutation($i: [ID!]) { markNotificationsRead(input: {ids: $i}) { marked unreadCount } }";

    @TestHTTPResource("/api/notifications/stream")
    URI stream;

    @Inject
    AgroalDataSource db;

    static JsonPath mine(String token) {
        return Gql.data(Gql.ok(Gql.post(token, MINE, Map.of())));
    }

    /** The notification about {@code caseId} of this kind the token's holder hears, or null. */
    static Map<String, Object> about(String token, String caseId, String kind) {
        List<Map<String, Object>> nodes = mine(token).getList("data.notifications.edges.node");
        return nodes.stream().filter(n -> caseId.equals(n.get("subjectId")) && kind.equals(n.get("kind"))).findFirst().orElse(null);
    }

    static String environmentOffice() {
        return Keycloak.office(Keycloak.ENVIRONMENT_OFFICE);
    }

    static String chengguan() {
        return Keycloak.password("lvzhi-cli", "chengguan");
    }

    static void mute(String token, List<String> kinds) {
        Gql.data(Gql.ok(Gql.post(token, UPDATE, Map.of("i", Map.of("mutedKinds", kinds)))));
    }

    @Test
    void anOfficeHopReachesTheOfficeAndItsDepartmentAndEachReadsForThemselves() {
        Cases.OfficeHop hop = Cases.officeHop();
        String department = Keycloak.tokenFor(Role.DEPARTMENT);
        Map<String, Object> officeCopy = about(environmentOffice(), hop.caseId(), "CASE_DISPATCHED");
        assertNotNull(officeCopy, "the office's staff hear the hop dispatched to their office");
        assertNotNull(about(department, hop.caseId(), "CASE_DISPATCHED"), "the department hears it too");
        assertNull(about(Keycloak.office(Keycloak.URBAN_OFFICE), hop.caseId(), "CASE_DISPATCHED"), "another department's office does not");
        assertNull(about(chengguan(), hop.caseId(), "CASE_DISPATCHED"));
        // the office's staff hear only their office's notices: the department's own (the first hop) stays out of their bell
        List<Map<String, Object>> officeAll = mine(environmentOffice()).getList("data.notifications.edges.node");
        assertEquals(1, officeAll.stream().filter(n -> hop.caseId().equals(n.get("subjectId"))).count());

        // reading is personal: the office reads it, the department still has it unread
        int departmentUnread = mine(department).getInt("data.notifications.unreadCount");
        JsonPath marked = Gql.data(Gql.ok(Gql.post(environmentOffice(), MARK, Map.of("i", List.of(officeCopy.get("id"))))));
        assertEquals(1, marked.getInt("data.markNotificationsRead.marked"));
        assertNotNull(about(environmentOffice(), hop.caseId(), "CASE_DISPATCHED").get("readAt"));
        assertNull(about(department, hop.caseId(), "CASE_DISPATCHED").get("readAt"), "a colleague's reading is not mine");
        assertEquals(departmentUnread, mine(department).getInt("data.notifications.unreadCount"));
        // marking another unit's notification marks nothing
        assertEquals(0, Gql.data(Gql.ok(Gql.post(chengguan(), MARK, Map.of("i", List.of(officeCopy.get("id"))))))
                .getInt("data.markNotificationsRead.marked"));
    }

    @Test
    void aMutedKindStaysOutOfTheListTheCountAndTheStream() throws Exception {
        String token = chengguan();
        try {
            JsonPath settings = Gql.data(Gql.ok(Gql.post(token, SETTINGS, Map.of())));
            assertEquals(NotificationKind.ALL, settings.getList("data.notificationSettings.kinds.kind"));
            assertTrue(settings.<Boolean>getList("data.notificationSettings.kinds.enabled").stream().allMatch(b -> b));
            int before = mine(token).getInt("data.notifications.unreadCount");
            JsonPath saved = Gql.data(Gql.ok(Gql.post(token, UPDATE, Map.of("i", Map.of("mutedKinds", List.of("CASE_DISPATCHED"))))));
            assertEquals(false, saved.getBoolean("data.updateNotificationSettings.settings.kinds.find { it.kind == 'CASE_DISPATCHED' }.enabled"));
            int mutedUnread = saved.getInt("data.updateNotificationSettings.unreadCount");
            assertTrue(mutedUnread <= before);
            try (PushStream live = PushStream.open(stream, token)) {
                Cases.Dispatched d = Cases.dispatched(true);
                assertNull(about(token, d.caseId(), "CASE_DISPATCHED"), "muted: not in the list");
                assertEquals(mutedUnread, mine(token).getInt("data.notifications.unreadCount"), "muted: not counted");
                assertNull(live.await(e -> e.name().equals("notification"), Duration.ofSeconds(3)), "muted: not pushed");
                // the other kinds still arrive
                Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", d.coId(), "message", "请签收")));
                assertNotNull(live.await(e -> e.name().equals("notification") && e.data().contains("CASE_REMINDED"), Duration.ofSeconds(15)));
                assertNotNull(about(token, d.caseId(), "CASE_REMINDED"));
            }
            // an unknown kind is refused, naming the field
            JsonPath bad = Gql.ok(Gql.post(token, UPDATE, Map.of("i", Map.of("mutedKinds", List.of("NO_SUCH_KIND")))));
            Gql.error(bad, "VALIDATION");
            assertEquals("input.mutedKinds", bad.getString("errors[0].extensions.field"));
        } finally {
            mute(token, List.of());
        }
        assertTrue(Gql.data(Gql.ok(Gql.post(token, SETTINGS, Map.of())))
                .<Boolean>getList("data.notificationSettings.kinds.enabled").stream().allMatch(b -> b));
    }

    @Test
    void theStreamDeliversANewNotificationToItsUnitAndNeverToAnother() throws Exception {
        try (PushStream department = PushStream.open(stream, Keycloak.tokenFor(Role.DEPARTMENT));
             PushStream other = PushStream.open(stream, chengguan());
             PushStream office = PushStream.open(stream, Keycloak.office(Keycloak.URBAN_OFFICE))) {
            assertEquals(200, department.status());
            String caseId = Cases.dispatched(false).caseId();
            PushStream.Event pushed = department.await(e -> e.name().equals("notification"), Duration.ofSeconds(15));
            assertNotNull(pushed, "生态环境局 hears of the dispatch without asking");
            JsonObject data = new JsonObject(pushed.data());
            assertEquals("CASE_DISPATCHED", data.getString("kind"));
            Map<String, Object> listed = about(Keycloak.tokenFor(Role.DEPARTMENT), caseId, "CASE_DISPATCHED");
            assertEquals(listed.get("id"), data.getString("id"), "the pushed id is the listed notification");
            // the announcement that cases changed follows the notification's: once it arrived, the notification would have
            assertNotNull(other.await(e -> e.name().equals("cases"), Duration.ofSeconds(15)), "boards hear that cases changed");
            assertNotNull(office.await(e -> e.name().equals("cases"), Duration.ofSeconds(15)));
            // another unit, and another department's office, never receive it
            assertFalse(other.all().stream().anyMatch(e -> e.name().equals("notification")), () -> "城市管理局 got " + other.all());
            assertFalse(office.all().stream().anyMatch(e -> e.name().equals("notification")), () -> "城管执法监督科 got " + office.all());
        }
    }

    @Test
    void aBoardHearsThatCasesChangedAtMostOnceASecondAndAllThroughABusySpell() throws Exception {
        try (PushStream board = PushStream.open(stream, Keycloak.tokenFor(Role.COMMAND_CENTRE))) {
            long before = cases(board);
            long started = System.nanoTime();
            // the announcements of 60 case writes, one every 50 ms, each committed on its own (as the writes announce)
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                for (int i = 0; i < 60; i++) {
                    st.execute("select pg_notify('lvzhi_cases', '')");
                    Thread.sleep(50);
                }
            }
            double spell = (System.nanoTime() - started) / 1e9;
            Thread.sleep(NotificationPush.CASES_AT_MOST_EVERY.toMillis() + 500); // the last window's event
            long heard = cases(board) - before;
            // one at once, then one at the end of each window while they keep coming: never one per write, never
            // held back until the writes pause
            assertTrue(heard <= Math.ceil(spell) + 2, () -> heard + " events in a spell of " + spell + " s");
            assertTrue(heard >= Math.floor(spell), () -> heard + " events in a spell of " + spell + " s");
        }
    }

    private static long cases(PushStream s) {
        return s.all().stream().filter(e -> e.name().equals("cases")).count();
    }

    @Test
    void theStreamRefusesACallerWithoutAToken() throws Exception {
        try (PushStream anonymous = PushStream.open(stream, null)) {
            assertEquals(401, anonymous.status());
        }
    }
}

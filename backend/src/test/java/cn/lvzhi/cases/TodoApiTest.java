package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.Cases.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 待办 queue through the API with real tokens: each kind reaches exactly the unit (or 科室) whose turn it is, moves
 * on as the work does, and never shows another unit's work; the queue pages overdue first and refuses bad paging.
 */
@QuarkusTest
class TodoApiTest {
    static final String QUEUE = """
            query($k: [TodoKind], $after: String) { myTodo(kinds: $k, first: 200, after: $after) {
              totalCount counts { kind count overdue } pageInfo { hasNextPage endCursor }
              edges { node { kind overdue deadline since case { id code title } dispatch { id status toUnit { code } }
                             appeal { id status } } } } }""";

    /** One item as the tests compare them: kind and the id of the dispatch, appeal or case it is about. */
    record Item(String kind, String on) {
    }

    static String token(String username) {
        return Keycloak.password("lvzhi-cli", username);
    }

    /** The whole queue of these kinds for the token's user, every page, checking the pages agree with the total. */
    static List<Item> queue(String token, String... kinds) {
        List<Item> items = new ArrayList<>();
        List<Boolean> overdue = new ArrayList<>();
        String after = null;
        int total;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("k", kinds.length == 0 ? null : List.of(kinds));
            vars.put("after", after);
            JsonPath page = Gql.data(Gql.ok(Gql.post(token, QUEUE, vars)));
            total = page.getInt("data.myTodo.totalCount");
            List<Map<String, Object>> nodes = page.getList("data.myTodo.edges.node");
            for (Map<String, Object> n : nodes) {
                items.add(new Item((String) n.get("kind"), on(n)));
                overdue.add((Boolean) n.get("overdue"));
            }
            after = page.getBoolean("data.myTodo.pageInfo.hasNextPage") ? page.getString("data.myTodo.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, items.size(), "the pages hold the total");
        assertEquals(items.size(), new HashSet<>(items).size(), "no item twice across pages");
        assertFalse(overdue.indexOf(false) >= 0 && overdue.lastIndexOf(true) > overdue.indexOf(false), "overdue items come first");
        return items;
    }

    @SuppressWarnings("unchecked")
    static String on(Map<String, Object> node) {
        if (node.get("appeal") != null) {
            return (String) ((Map<String, Object>) node.get("appeal")).get("id");
        }
        if (node.get("dispatch") != null) {
            return (String) ((Map<String, Object>) node.get("dispatch")).get("id");
        }
        return (String) ((Map<String, Object>) node.get("case")).get("id");
    }

    static Set<String> on(List<Item> items, String kind) {
        Set<String> ids = new HashSet<>();
        items.stream().filter(i -> i.kind().equals(kind)).forEach(i -> ids.add(i.on()));
        return ids;
    }

    @Test
    void aDispatchIsSignedRepliedAndRatedEachByTheUnitWhoseTurnItIs() {
        Cases.Dispatched d = Cases.dispatched(true);
        String huanjing = Keycloak.tokenFor(Role.DEPARTMENT);
        String chengguan = token("chengguan");
        String centre = Keycloak.tokenFor(Role.COMMAND_CENTRE);

        // to sign: the lead for 生态环境局, the co-operation for 城市管理局, neither for the other
        assertTrue(on(queue(huanjing, "SIGN"), "SIGN").contains(d.leadId()));
        assertFalse(on(queue(huanjing), "SIGN").contains(d.coId()), "another unit's dispatch is never in the queue");
        assertTrue(on(queue(chengguan, "SIGN"), "SIGN").contains(d.coId()));
        assertFalse(on(queue(chengguan, "SIGN", "REPLY"), "SIGN").contains(d.leadId()));
        assertFalse(on(queue(centre, "SIGN"), "SIGN").contains(d.leadId()), "the dispatcher does not sign its own dispatch");

        // signed: it turns into 待反馈 for the same unit, with the handling deadline
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        List<Item> signed = queue(huanjing, "SIGN", "REPLY");
        assertFalse(on(signed, "SIGN").contains(d.leadId()));
        assertTrue(on(signed, "REPLY").contains(d.leadId()));

        // replied: 谁派单谁评价 — the centre rates it; the handler no longer has it
        Gql.data(call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", d.leadId(), "text", "已责令停工")));
        assertFalse(queue(huanjing).stream().anyMatch(i -> i.on().equals(d.leadId())));
        assertTrue(on(queue(centre, "RATE"), "RATE").contains(d.leadId()));
        assertFalse(on(queue(chengguan, "RATE"), "RATE").contains(d.leadId()));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", d.leadId(), "level", "SATISFIED")));
        assertFalse(on(queue(centre, "RATE"), "RATE").contains(d.leadId()), "rated: done");
    }

    @Test
    void theCountsPerKindMatchTheItemsAndOnlyTheKindsAskedForAreCounted() {
        Cases.dispatched(false);
        String huanjing = Keycloak.tokenFor(Role.DEPARTMENT);
        JsonPath page = Gql.data(Gql.ok(Gql.post(huanjing, QUEUE, Map.of("k", List.of("REPLY", "SIGN")))));
        assertEquals(List.of("SIGN", "REPLY"), page.getList("data.myTodo.counts.kind"), "in the order of the kinds");
        List<Item> items = queue(huanjing, "SIGN", "REPLY");
        assertEquals(on(items, "SIGN").size(), page.getInt("data.myTodo.counts[0].count"));
        assertEquals(on(items, "REPLY").size(), page.getInt("data.myTodo.counts[1].count"));
        JsonPath all = Gql.data(Gql.ok(Gql.post(huanjing, QUEUE, new HashMap<>())));
        assertEquals(List.of("SIGN", "REPLY", "RATE", "DECIDE", "ACCEPT", "DISPATCH"), all.getList("data.myTodo.counts.kind"));
        int sum = all.getList("data.myTodo.counts.count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(all.getInt("data.myTodo.totalCount"), sum);
    }

    @Test
    void officeStaffHaveTheirOfficesHopsAndTheDepartmentRatesThem() {
        Cases.OfficeHop h = Cases.officeHop();
        String office = Keycloak.office(Keycloak.ENVIRONMENT_OFFICE);
        List<Item> officeQueue = queue(office);
        assertTrue(on(officeQueue, "SIGN").contains(h.hopId()), "the office's hop");
        assertFalse(officeQueue.stream().anyMatch(i -> i.on().equals(h.leadId())), "not the department's own dispatch");
        assertFalse(on(queue(Keycloak.tokenFor(Role.DEPARTMENT), "SIGN"), "SIGN").contains(h.hopId()),
                "the department's other users do not sign its office's hop");
        assertFalse(on(queue(Keycloak.office(Keycloak.URBAN_OFFICE)), "SIGN").contains(h.hopId()), "another department's office");

        Gql.data(Cases.asOffice(Cases.SIGN, Map.of("dispatchId", h.hopId())));
        assertTrue(on(queue(office, "REPLY"), "REPLY").contains(h.hopId()));
        Gql.data(Cases.asOffice(Cases.REPLY, Map.of("dispatchId", h.hopId(), "text", "科室已现场核查")));
        assertTrue(on(queue(Keycloak.tokenFor(Role.DEPARTMENT), "RATE"), "RATE").contains(h.hopId()), "the department that passed it rates");
        assertFalse(on(queue(Keycloak.tokenFor(Role.COMMAND_CENTRE), "RATE"), "RATE").contains(h.hopId()));
    }

    @Test
    void anAppealWaitsForAUnitThatDidNotRateIt() {
        String centreRated = Cases.pendingAppeal();
        String departmentRated = Cases.pendingOfficeAppeal();
        List<Item> leader = queue(Keycloak.tokenFor(Role.LEADER), "DECIDE");
        assertTrue(on(leader, "DECIDE").containsAll(List.of(centreRated, departmentRated)), "the government above both raters");
        List<Item> centre = queue(Keycloak.tokenFor(Role.COMMAND_CENTRE), "DECIDE");
        assertTrue(on(centre, "DECIDE").contains(departmentRated));
        assertFalse(on(centre, "DECIDE").contains(centreRated), "never the rater");
        assertFalse(on(queue(Keycloak.tokenFor(Role.DEPARTMENT), "DECIDE"), "DECIDE").contains(departmentRated), "never the rater");
        assertFalse(on(queue(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), "DECIDE"), "DECIDE").contains(departmentRated),
                "never the appellant");
    }

    @Test
    void theCommandCentreOfTheAreaAcceptsAndDispatches() {
        String reported = Cases.reported();
        String accepted = Cases.accepted();
        List<Item> centre = queue(Keycloak.tokenFor(Role.COMMAND_CENTRE), "ACCEPT", "DISPATCH");
        assertTrue(on(centre, "ACCEPT").contains(reported));
        assertTrue(on(centre, "DISPATCH").contains(accepted));
        assertTrue(on(queue(token("zhihuishi"), "ACCEPT"), "ACCEPT").contains(reported), "the township's command room too");
        assertFalse(queue(Keycloak.tokenFor(Role.LEADER), "ACCEPT", "DISPATCH").stream().anyMatch(i -> i.on().equals(reported)),
                "the leader sees the case but does not accept it");
    }

    @Test
    void rolesWithoutCaseWorkHaveAnEmptyQueue() {
        Cases.dispatched(true);
        Cases.reported();
        for (Role role : List.of(Role.GRID_WORKER, Role.DISCIPLINE, Role.ORGANISATION, Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE,
                Role.INTEGRATION)) {
            JsonPath page = Gql.data(Gql.as(role, QUEUE, new HashMap<>()));
            assertEquals(0, page.getInt("data.myTodo.totalCount"), role.name());
            assertTrue(page.getList("data.myTodo.counts.count", Integer.class).stream().allMatch(c -> c == 0), role.name());
        }
    }

    @Test
    void badPagingIsAValidationErrorNamingTheArgument() {
        JsonPath tooMany = Gql.as(Role.DEPARTMENT, "query { myTodo(first: 0) { totalCount } }");
        assertEquals("kinds", Gql.as(Role.DEPARTMENT, "query { myTodo(kinds: [SIGN, null]) { totalCount } }").getString("errors[0].extensions.field"));
        assertEquals("VALIDATION", tooMany.getString("errors[0].extensions.code"));
        assertEquals("first", tooMany.getString("errors[0].extensions.field"));
        for (String cursor : List.of("!!", "bm90LWEtY3Vyc29y")) {
            JsonPath bad = Gql.as(Role.DEPARTMENT, "query($a: String) { myTodo(after: $a) { totalCount } }", Map.of("a", cursor));
            assertEquals("VALIDATION", bad.getString("errors[0].extensions.code"), cursor);
            assertEquals("after", bad.getString("errors[0].extensions.field"), cursor);
        }
    }
}

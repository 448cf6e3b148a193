package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitPlaces;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Disputes;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static cn.lvzhi.testing.Sql.number;
import static cn.lvzhi.testing.Cases.call;
import static cn.lvzhi.testing.Cases.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CaseVisibility} states each rule twice: as Java predicates ({@code sees}, {@code visibleDispatches}, over
 * parent ids) and as HQL conditions ({@code condition}, {@code dispatchCondition}, over the stored ancestry). This
 * runs both over the same cases of the test database — trees built here with office and onward hops, a disputed
 * case, an unsatisfied one, and the demo's — for actors of every role and some holding two roles, and requires the
 * same answer from both.
 */
@QuarkusTest
class CaseVisibilityRuleTest {
    @Inject
    AgroalDataSource db;

    @Inject
    UnitPlaces places;

    @Inject
    CaseReads reads;

    /** A case with its facts and its dispatches, read straight from the tables. */
    record Loaded(Case caseFile, CaseVisibility.CaseFacts facts, List<CaseVisibility.DispatchFacts> dispatches) {
    }

    /**
     * A tree three hops deep: the centre dispatches to 生态环境局 and 城市管理局; 生态环境局 passes it on to its office
     * and to 清河街道, which passes it on to one of its communities; the case id.
     */
    static String deepTree() {
        Cases.Dispatched d = Cases.dispatched(true);
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        JsonPath onward = Gql.data(call(Role.DEPARTMENT, Cases.DISPATCH, Map.of("caseId", d.caseId(), "caseVersion",
                Cases.version(d.caseId()), "parentDispatchId", d.leadId(), "targets", List.of(
                        Map.of("unitId", unitId("JZ-QH-D10-K07"), "role", "LEAD"),
                        Map.of("unitId", unitId("JZ-QH-T01"), "role", "CO_OPERATE")))));
        String township = onward.getString("data.dispatchCase.dispatches.find { it.toUnit.code == 'JZ-QH-T01' }.id");
        Gql.data(call(Role.TOWNSHIP, Cases.SIGN, Map.of("dispatchId", township)));
        Gql.data(call(Role.TOWNSHIP, Cases.DISPATCH, Map.of("caseId", d.caseId(), "caseVersion", Cases.version(d.caseId()),
                "parentDispatchId", township, "targets", List.of(Map.of("unitId", unitId("JZ-QH-T01-V01"), "role", "LEAD")))));
        return d.caseId();
    }

    @Test
    void theJavaRuleAndTheQueryRuleAgreeForEveryActorAndCase() throws Throwable {
        deepTree();
        Disputes.open();
        Cases.unsatisfiedRating();
        Map<Long, Loaded> cases = load("""
                SELECT id FROM case_file WHERE id IN (SELECT id FROM case_file ORDER BY id DESC LIMIT 150)
                   OR id IN (SELECT case_id FROM case_dispatch WHERE ancestry <> '/')
                   OR id % 97 = 0""");
        assertTrue(cases.values().stream().anyMatch(l -> l.dispatches().stream().anyMatch(d -> depth(l, d) >= 3)),
                "the sample holds a dispatch three hops down");

        List<ScopedActor> sample = actors(cases);
        int partial = 0;
        for (ScopedActor a : sample) {
            Set<Long> javaCases = new TreeSet<>();
            Set<Long> javaDispatches = new TreeSet<>();
            for (Loaded l : cases.values()) {
                if (CaseVisibility.sees(a, l.facts())) {
                    javaCases.add(l.caseFile().id);
                    Set<Long> seen = CaseVisibility.visibleDispatches(a, l.facts(), l.dispatches());
                    javaDispatches.addAll(seen);
                    partial += !seen.isEmpty() && seen.size() < l.dispatches().size() ? 1 : 0;
                }
            }
            Set<Long> allDispatches = new HashSet<>();
            cases.values().forEach(l -> l.dispatches().forEach(d -> allDispatches.add(d.id())));
            Set<Long> queryCases = new TreeSet<>(VertxContextSupport.subscribeAndAwait(() -> reads.byIds(a, cases.keySet())).keySet());
            Set<Long> queryDispatches = new TreeSet<>(VertxContextSupport.subscribeAndAwait(() -> reads.visibleDispatchIds(a, allDispatches)));
            String who = a.actor().roles() + " at " + a.unitPath() + " (" + a.actor().subject() + ")";
            assertEquals(javaCases, queryCases, "cases seen by " + who);
            assertEquals(javaDispatches, queryDispatches, "dispatches seen by " + who);

            // the batched reads of a case's own rows go through the same rule
            List<Case> visible = javaCases.stream().map(id -> cases.get(id).caseFile()).toList();
            Set<Long> byCase = new TreeSet<>();
            VertxContextSupport.subscribeAndAwait(() -> reads.dispatches(a, visible)).forEach(l -> l.forEach(d -> byCase.add(d.id)));
            assertEquals(javaDispatches, byCase, "dispatches of the visible cases, for " + who);
        }
        assertTrue(partial > 0, "some actor sees part of a tree, not all of it or nothing");
    }

    /**
     * The tie for one actor of each kind that matters — the dispatching department, the township that handles
     * its onward dispatch, the office below the department, the district command centre, a township command room,
     * 科室 staff of the department (a token naming that office), an unrelated department, the district leader, the discipline office, the committee — over a sample that also
     * holds a case outside the district: the Java rule and the query rule agree case by case and dispatch by
     * dispatch, each actor (but the unrelated one) sees some of the cases but not all of them, and a party some of
     * the dispatches but not all, so a form that answered "everything" or "nothing" for any of them fails here.
     */
    @Test
    void eachKindOfActorSeesPartOfTheSampleAndBothFormsAgreeRowByRow() throws Throwable {
        String tree = deepTree();
        Disputes.open();
        Cases.unsatisfiedRating();
        long city = cityCase();
        Map<Long, Loaded> cases = load("SELECT id FROM case_file WHERE id IN (SELECT id FROM case_file ORDER BY id DESC LIMIT 40)"
                + " OR id = " + city + " OR id = " + tree);
        Set<Long> allDispatches = new TreeSet<>();
        cases.values().forEach(l -> l.dispatches().forEach(d -> allDispatches.add(d.id())));

        Map<String, Actor> kinds = new LinkedHashMap<>();
        kinds.put("dispatching department", actorAt("JZ-QH-D10", Role.DEPARTMENT));
        kinds.put("handling township", actorAt("JZ-QH-T01", Role.TOWNSHIP));
        kinds.put("office below the department", actorAt("JZ-QH-D10-K07", Role.DEPARTMENT));
        kinds.put("office staff of the department", officeStaff("JZ-QH-D10", "JZ-QH-D10-K07"));
        kinds.put("district command centre", actorAt("JZ-QH-ZH", Role.COMMAND_CENTRE));
        kinds.put("township command room", actorAt("JZ-QH-T01-ZH", Role.COMMAND_CENTRE));
        kinds.put("district leader", actorAt("JZ-QH", Role.LEADER));
        kinds.put("discipline office", actorAt("JZ-QH-JW", Role.DISCIPLINE));
        kinds.put("committee", actorAt("JZ-QH-BW", Role.COMMITTEE));
        Actor unrelated = actorAt("JZ-QH-D27", Role.DEPARTMENT);
        kinds.put("unrelated department", unrelated);
        for (var kind : kinds.entrySet()) {
            ScopedActor a = scoped(kind.getValue());
            Set<Long> javaCases = new TreeSet<>();
            Set<Long> javaDispatches = new TreeSet<>();
            for (Loaded l : cases.values()) {
                if (CaseVisibility.sees(a, l.facts())) {
                    javaCases.add(l.caseFile().id);
                    javaDispatches.addAll(CaseVisibility.visibleDispatches(a, l.facts(), l.dispatches()));
                }
            }
            Set<Long> queryCases = new TreeSet<>(VertxContextSupport.subscribeAndAwait(() -> reads.byIds(a, cases.keySet())).keySet());
            Set<Long> queryDispatches = new TreeSet<>(VertxContextSupport.subscribeAndAwait(() -> reads.visibleDispatchIds(a, allDispatches)));
            assertEquals(javaCases, queryCases, "cases seen by the " + kind.getKey());
            assertEquals(javaDispatches, queryDispatches, "dispatches seen by the " + kind.getKey());
            assertTrue(javaCases.size() < cases.size(), "the " + kind.getKey() + " does not see every case");
            assertFalse(javaCases.contains(city), "the " + kind.getKey() + " does not see the city's case");
            if (kind.getValue() == unrelated) {
                assertFalse(javaCases.contains(Long.parseLong(tree)), "the unrelated department does not see the tree");
            } else {
                assertFalse(javaCases.isEmpty(), "the " + kind.getKey() + " sees some case");
            }
            if (kind.getValue().has(Role.DEPARTMENT) || kind.getValue().has(Role.TOWNSHIP)) {
                assertTrue(javaDispatches.size() < allDispatches.size(), "the " + kind.getKey() + " does not see every dispatch");
            }
        }
        // a party sees its part of the tree: the township its onward dispatch and below, not its sender's siblings
        ScopedActor township = scoped(kinds.get("handling township"));
        Loaded deep = cases.get(Long.parseLong(tree));
        Set<Long> part = CaseVisibility.visibleDispatches(township, deep.facts(), deep.dispatches());
        assertFalse(part.isEmpty(), "the township sees its part");
        assertTrue(part.size() < deep.dispatches().size(), "the township sees only part of the tree");
    }

    /** The actor placed where a request places it (its unit's kind, path and region; 科室 staff also their office). */
    private ScopedActor scoped(Actor actor) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> places.of(actor.unitId()).chain(p -> actor.officeId() == null
                ? io.smallrye.mutiny.Uni.createFrom().item(ScopedActor.of(actor, p.kind(), p.path(), p.regionPath()))
                : places.of(actor.officeId()).map(o -> ScopedActor.inOffice(actor, p.kind(), p.path(), p.regionPath(), o.path()))));
    }

    /**
     * The party rule used to test every dispatch of every case for a unit of the party (an OR of the sending and the
     * receiving unit, which no index serves); it now reads the acting unit's rows of {@link CaseParty}. The rule as it
     * was, in SQL, and the query rule of today give the same cases for every department, township and office of the
     * district, over every case of the test database.
     */
    @Test
    void thePartyRuleGivesTheSameCasesAsTheRuleItReplaced() throws Throwable {
        deepTree();
        List<String[]> parties = new ArrayList<>();
        Set<Long> all = new HashSet<>();
        try (var c = db.getConnection(); var st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT code, kind FROM unit WHERE path LIKE (SELECT path FROM unit WHERE code = 'JZ-QH') || '_%'
                      AND (kind IN ('GOVERNMENT_DEPARTMENT', 'TOWNSHIP') OR code LIKE 'JZ-QH-D10-%') ORDER BY code""")) {
                while (rs.next()) {
                    parties.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id FROM case_file")) {
                while (rs.next()) {
                    all.add(rs.getLong(1));
                }
            }
        }
        assertTrue(parties.size() > 20, "the district's departments and townships");
        int seeing = 0;
        for (String[] p : parties) {
            Set<Long> before = new TreeSet<>();
            try (var c = db.getConnection(); var st = c.prepareStatement("""
                    SELECT t.id FROM case_file t, unit me WHERE me.code = ?
                      AND (EXISTS (SELECT 1 FROM unit ou WHERE ou.id = t.origin_unit_id AND ou.path LIKE me.path || '%')
                        OR EXISTS (SELECT 1 FROM case_dispatch vd JOIN unit pu ON (pu.id = vd.from_unit_id OR pu.id = vd.to_unit_id)
                                   WHERE vd.case_id = t.id AND pu.path LIKE me.path || '%'))""")) {
                st.setString(1, p[0]);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        before.add(rs.getLong(1));
                    }
                }
            }
            ScopedActor a = scoped(actorAt(p[0], "TOWNSHIP".equals(p[1]) ? Role.TOWNSHIP : Role.DEPARTMENT));
            Set<Long> now = new TreeSet<>(VertxContextSupport.subscribeAndAwait(() -> reads.byIds(a, all)).keySet());
            assertEquals(before, now, "cases seen by " + p[0]);
            seeing += before.isEmpty() ? 0 : 1;
        }
        assertTrue(seeing > 10, "most parties see some cases: " + seeing);
    }

    /**
     * {@link CaseParty} is written by triggers, not by the services: after cases reported, dispatched onward to an
     * office and a township and on to a village, and a case inserted by plain SQL, the table holds exactly the rows
     * computed from the cases and dispatches themselves (V47's {@code case_party_rows}) — none missing, none extra —
     * and the onward tree's village and the township above it are parties to the case, the city's case only to the
     * city's units; removing a case removes its rows.
     */
    @Test
    void thePartyTableHoldsExactlyWhatTheCasesAndDispatchesSay() throws Throwable {
        String tree = deepTree();
        long city = cityCase();
        try (var c = db.getConnection(); var st = c.createStatement()) {
            assertEquals(0, number(st, "SELECT count(*) FROM (SELECT * FROM case_party_rows() EXCEPT SELECT unit_id, case_id FROM case_party) x"),
                    "rows the cases and dispatches call for are in the table");
            assertEquals(0, number(st, "SELECT count(*) FROM (SELECT unit_id, case_id FROM case_party EXCEPT SELECT * FROM case_party_rows()) x"),
                    "the table holds no row they do not call for");
            assertEquals(2, number(st, "SELECT count(*) FROM case_party p JOIN unit u ON u.id = p.unit_id WHERE p.case_id = " + tree
                    + " AND u.code IN ('JZ-QH-T01', 'JZ-QH-T01-V01')"), "the township and its village handling the onward dispatch");
            assertEquals(0, number(st, "SELECT count(*) FROM case_party p JOIN unit u ON u.id = p.unit_id WHERE p.case_id = " + city
                    + " AND u.path LIKE (SELECT path FROM unit WHERE code = 'JZ-QH') || '%'"), "no unit of the district is party to the city's case");
            assertTrue(number(st, "SELECT count(*) FROM case_party WHERE case_id = " + city) >= 2, "the city department and the city above it");
            st.executeUpdate("DELETE FROM case_file WHERE id = " + city);
            assertEquals(0, number(st, "SELECT count(*) FROM case_party WHERE case_id = " + city), "a removed case takes its rows along");
        }
    }

    /**
     * A party's list walks its rows of {@link CaseParty} by index alone, which stays off the table only where VACUUM has
     * marked the pages all-visible (V60): autovacuum visits the table after 1 % of its rows are new (and the usual
     * 1,000), where the default for a table only ever inserted into is 20 %.
     */
    @Test
    void thePartyTableIsVacuumedForItsInsertsLongBeforeTheDefault() throws Throwable {
        try (var c = db.getConnection(); var st = c.createStatement()) {
            assertEquals(1, number(st, "SELECT count(*) FROM pg_class WHERE oid = 'case_party'::regclass"
                    + " AND 'autovacuum_vacuum_insert_scale_factor=0.01' = ANY (reloptions)"
                    + " AND 'autovacuum_vacuum_insert_threshold=1000' = ANY (reloptions)"), "V60's settings on case_party");
            assertEquals(1, number(st, "SELECT count(*) FROM pg_settings WHERE name = 'autovacuum' AND setting = 'on'"),
                    "autovacuum runs at all");
        }
    }

    /** 科室 staff: a department account whose token names one of its offices. */
    private static Actor officeStaff(String unitCode, String officeCode) {
        return new Actor("tie-" + officeCode, "u", "科室", false, Long.parseLong(unitId(unitCode)), unitCode, Set.of(Role.DEPARTMENT),
                Long.parseLong(unitId(officeCode)), officeCode);
    }

    private static Actor actorAt(String unitCode, Role role) {
        return new Actor("tie-" + unitCode, "u", "测试", false, Long.parseLong(unitId(unitCode)), unitCode, Set.of(role));
    }

    /** A case a city department reported about the whole city: outside the district's region. */
    private long cityCase() throws SQLException {
        try (var c = db.getConnection(); var st = c.prepareStatement("""
                INSERT INTO case_file (code, title, description, category_text, address, source, origin_unit_id, area_unit_id, area_path,
                                       reporter_subject, reporter_name, priority, status)
                SELECT 'TIE-' || nextval('case_file_id_seq'), '市级事件', '市生态环境局上报的全市事件', '噪声扰民', '江州市', 'UNIT', d.id, r.id, r.path,
                       'tie-JZ-D10', '市局', 'NORMAL', 'REPORTED'
                FROM unit d, unit r WHERE d.code = 'JZ-D10' AND r.code = 'JZ' RETURNING id""")) {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int depth(Loaded l, CaseVisibility.DispatchFacts d) {
        int depth = 1;
        Long parent = d.parentId();
        while (parent != null) {
            depth++;
            Long p = parent;
            parent = l.dispatches().stream().filter(x -> x.id() == p).findFirst().orElseThrow().parentId();
        }
        return depth;
    }

    /** Actors of every role at units the sampled cases touch, some holding two roles, built as a request builds them. */
    private List<ScopedActor> actors(Map<Long, Loaded> cases) throws Throwable {
        // a demo grid's subject and one of a real reporter (the grid worker or the hotline of an earlier test)
        Set<String> subjects = new LinkedHashSet<>();
        cases.values().stream().map(l -> l.facts().reporterSubject()).filter(s -> s.startsWith("demo:")).limit(1).forEach(subjects::add);
        cases.values().stream().map(l -> l.facts().reporterSubject()).filter(s -> !s.startsWith("demo:")).limit(1).forEach(subjects::add);
        String reporter = subjects.iterator().next();
        Map<String, Set<Role>> at = new LinkedHashMap<>();
        at.put("JZ-QH", Set.of(Role.LEADER));
        at.put("JZ", Set.of(Role.LEADER));
        at.put("JZ-QH-BB", Set.of(Role.ESTABLISHMENT_OFFICE));
        at.put("JZ-QH-BW", Set.of(Role.COMMITTEE));
        at.put("JZ-QH-JW", Set.of(Role.DISCIPLINE));
        at.put("JZ-QH-ZZB", Set.of(Role.ORGANISATION));
        at.put("JZ-QH-ZH", Set.of(Role.COMMAND_CENTRE));
        at.put("JZ-QH-T01-ZH", Set.of(Role.COMMAND_CENTRE));
        at.put("JZ-QH-T02-ZH", Set.of(Role.COMMAND_CENTRE));
        at.put("JZ-QH-D10", Set.of(Role.DEPARTMENT));
        at.put("JZ-QH-D10-K07", Set.of(Role.DEPARTMENT));
        at.put("JZ-QH-D11", Set.of(Role.DEPARTMENT, Role.DISCIPLINE));
        at.put("JZ-QH-D11-K07", Set.of(Role.DEPARTMENT));
        at.put("JZ-QH-D13", Set.of(Role.DEPARTMENT, Role.COMMITTEE));
        at.put("JZ-QH-T01", Set.of(Role.TOWNSHIP));
        at.put("JZ-QH-T01-V01", Set.of(Role.TOWNSHIP, Role.GRID_WORKER));
        at.put("JZ-QH-T02", Set.of(Role.TOWNSHIP));
        at.put("JZ-QH-T01-V01-G01", Set.of(Role.GRID_WORKER));
        at.put("JZ-QH-RX", Set.of(Role.INTEGRATION));
        at.put("JZ-D10", Set.of(Role.DEPARTMENT));
        List<ScopedActor> out = new ArrayList<>();
        for (var e : at.entrySet()) {
            for (String subject : subjects) {
                long unit = Long.parseLong(unitId(e.getKey()));
                Actor actor = new Actor(subject, "u", "测试", e.getValue().contains(Role.INTEGRATION), unit, e.getKey(), e.getValue());
                out.add(scoped(actor));
            }
        }
        // 科室 staff of both departments (their token names the office)
        out.add(scoped(officeStaff("JZ-QH-D10", "JZ-QH-D10-K07")));
        out.add(scoped(officeStaff("JZ-QH-D11", "JZ-QH-D11-K07")));
        // a department that also reported cases (a grid worker's subject), and an actor with no role at all
        Actor both = new Actor(reporter, "both", "双重", false, Long.parseLong(unitId("JZ-QH-D10")), "JZ-QH-D10",
                Set.of(Role.DEPARTMENT, Role.GRID_WORKER));
        out.add(scoped(both));
        Actor none = new Actor("nobody", "nobody", "无角色", false, Long.parseLong(unitId("JZ-QH-D10")), "JZ-QH-D10", Set.of());
        out.add(scoped(none));
        return out;
    }

    private Map<Long, Loaded> load(String caseIds) throws SQLException {
        Map<Long, Loaded> out = new LinkedHashMap<>();
        Map<Long, List<CaseVisibility.DispatchFacts>> dispatches = new HashMap<>();
        Map<Long, List<String>> parties = new HashMap<>();
        try (var c = db.getConnection(); var st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT d.id, d.case_id, d.parent_dispatch_id, f.path, t.path FROM case_dispatch d
                    JOIN unit f ON f.id = d.from_unit_id JOIN unit t ON t.id = d.to_unit_id
                    WHERE d.case_id IN (%s) ORDER BY d.id""".formatted(caseIds))) {
                while (rs.next()) {
                    long caseId = rs.getLong(2);
                    Long parent = rs.getObject(3) == null ? null : rs.getLong(3);
                    dispatches.computeIfAbsent(caseId, k -> new ArrayList<>())
                            .add(new CaseVisibility.DispatchFacts(rs.getLong(1), parent, rs.getString(4), rs.getString(5)));
                    parties.computeIfAbsent(caseId, k -> new ArrayList<>()).addAll(List.of(rs.getString(4), rs.getString(5)));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT c.id, c.reporter_subject, o.path, c.area_path, c.has_unsatisfied, c.ever_disputed FROM case_file c
                    JOIN unit o ON o.id = c.origin_unit_id WHERE c.id IN (%s) ORDER BY c.id""".formatted(caseIds))) {
                while (rs.next()) {
                    Case k = new Case();
                    k.id = rs.getLong(1);
                    k.reporterSubject = rs.getString(2);
                    k.areaPath = rs.getString(4);
                    k.hasUnsatisfied = rs.getBoolean(5);
                    k.everDisputed = rs.getBoolean(6);
                    var facts = new CaseVisibility.CaseFacts(k.reporterSubject, rs.getString(3), k.areaPath, k.hasUnsatisfied,
                            k.everDisputed, parties.getOrDefault(k.id, List.of()));
                    out.put(k.id, new Loaded(k, facts, dispatches.getOrDefault(k.id, List.of())));
                }
            }
        }
        return out;
    }
}

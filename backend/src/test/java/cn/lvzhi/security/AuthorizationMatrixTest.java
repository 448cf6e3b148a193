package cn.lvzhi.security;

import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every cell of src/test/resources/authorization.csv (operation x role) with a real token of that role's demo
 * user, and fails when the served schema has an operation without a row.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** A cell of the table: A(llowed), F(ORBIDDEN) or N(OT_FOUND). */
    record Cell(String operation, Role role, char expected) {
        @Override
        public String toString() {
            return operation + " as " + role + " -> " + switch (expected) {
                case 'A' -> "allowed";
                case 'F' -> "FORBIDDEN";
                default -> "NOT_FOUND";
            };
        }
    }

    /** One GraphQL request exercising an operation; variables are built per call (unique codes, current versions). */
    record Operation(String document, Supplier<Map<String, Object>> variables) {
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("me", new Operation("query { me { subject unit { code } } }", Map::of)),
            Map.entry("unit", new Operation("query($id: ID!) { unit(id: $id) { code } }", () -> Map.of("id", idOf("JZ-QH-D10")))),
            Map.entry("unitByCode", new Operation("query { unitByCode(code: \"JZ-QH-BB\") { name } }", Map::of)),
            Map.entry("unitsByCodes", new Operation("query { unitsByCodes(codes: [\"JZ-QH-D10\", \"JZ-QH-D11\"]) { name } }", Map::of)),
            Map.entry("units", new Operation("query { units(first: 5) { totalCount edges { node { code } } } }", Map::of)),
            Map.entry("unitSubtree", new Operation("query($id: ID!) { unitSubtree(rootId: $id, maxDepth: 1) { code } }",
                    () -> Map.of("id", idOf("JZ-QH-T01")))),
            Map.entry("auditIntegrity", new Operation("query { auditIntegrity { intact } }", Map::of)),
            Map.entry("createUnit", new Operation("""
                    mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { code } } }""",
                    () -> {
                        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
                        return Map.of("input", Map.of("parentId", idOf("JZ-QH-D10"), "code", "JZ-QH-D10-M" + suffix,
                                "name", "矩阵测试科" + suffix, "kind", "INTERNAL_OFFICE", "level", "COUNTY"));
                    })),
            Map.entry("updateUnit", new Operation("""
                    mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { code version } } }""",
                    () -> {
                        JsonPath unit = Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { unit(id: $id) { version } }",
                                Map.of("id", idOf("JZ-QH-D05"))));
                        return Map.of("input", Map.of("id", idOf("JZ-QH-D05"), "version", unit.getInt("data.unit.version"),
                                "category", "LIVELIHOOD"));
                    })),
            Map.entry("listItems", new Operation("query { listItems(filter: {kind: POWER}, first: 3) { totalCount } }", Map::of)),
            Map.entry("listItem", new Operation("query($id: ID!) { listItem(id: $id) { code versions { versionNo } } }",
                    () -> Map.of("id", Lists.twiceApprovedItem()))),
            Map.entry("listItemDiff", new Operation("query($id: ID!) { listItemDiff(itemId: $id, fromVersion: 1, toVersion: 2) { path } }",
                    () -> Map.of("id", Lists.twiceApprovedItem()))),
            Map.entry("listCounts", new Operation("query { listCounts(kind: POWER) { unitId count } }", Map::of)),
            Map.entry("listChanges", new Operation("query { listChanges(first: 5) { totalCount } }", Map::of)),
            Map.entry("proposeListChange", new Operation("""
                    mutation($i: ProposeListChangeInput!) { proposeListChange(input: $i) { change { id } } }""",
                    () -> Map.of("i", Lists.addition(idOf("JZ-QH-D10"))))),
            Map.entry("decideListChange", new Operation("""
                    mutation($id: ID!) { decideListChange(input: {changeId: $id, approve: true}) { change { status } } }""",
                    () -> Map.of("id", Lists.pendingAddition(idOf("JZ-QH-D10"))))),
            Map.entry("runListComparison", new Operation("""
                    mutation($i: RunComparisonInput!) { runListComparison(input: $i) { comparison { id } } }""",
                    Lists::comparisonOfEnvironment)),
            Map.entry("listComparison", new Operation("query($id: ID!) { listComparison(id: $id) { id } }",
                    () -> Map.of("id", Lists.storedComparison()))),
            Map.entry("listComparisons", new Operation("query { listComparisons(first: 5) { id } }", Map::of)),
            Map.entry("listImport", new Operation("query($id: ID!) { listImport(id: $id) { id status } }",
                    () -> Map.of("id", Imports.finishedImport()))),
            Map.entry("listImports", new Operation("query { listImports(first: 5) { id status } }", Map::of)),
            Map.entry("runListFusion", new Operation("""
                    mutation($i: RunFusionInput!) { runListFusion(input: $i) { comparison { id } } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"))))),
            Map.entry("serviceItems", new Operation("query { serviceItems(first: 3) { totalCount } }", Map::of)),
            Map.entry("claimCatalogue", new Operation("query($u: ID!) { claimCatalogue(unitId: $u) { catalogueCode } }",
                    () -> Map.of("u", idOf("JZ-QH-D10")))),
            Map.entry("claimStats", new Operation("query { claimStats(first: 5) { totalCount } }", Map::of)),
            Map.entry("claimCatalogueItems", new Operation("""
                    mutation($i: ClaimCatalogueInput!) { claimCatalogueItems(input: $i) { changed } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "catalogueCodes", List.of(firstCatalogueCode()))))),
            Map.entry("unclaimCatalogueItems", new Operation("""
                    mutation($i: UnclaimCatalogueInput!) { unclaimCatalogueItems(input: $i) { changed } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "catalogueCodes", List.of(firstCatalogueCode()),
                            "reason", "授权矩阵测试")))),
            Map.entry("recordInspection", new Operation("""
                    mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { inspection { id } } }""",
                    () -> Map.of("i", Map.of("itemId", firstInspectionItem(), "date", "2026-01-05", "objectCount", 2)))),
            Map.entry("mandate", new Operation("""
                    query($u: ID!) { mandate(unitId: $u) { unit { code } duties { id relatedUnit { code } } staffing { version }
                                                           staffingHistory(first: 2) { totalCount } offices { code } } }""",
                    () -> Map.of("u", idOf("JZ-QH-D10")))),
            Map.entry("saveDuty", new Operation(Mandates.SAVE_DUTY, () -> Map.of("i", Mandates.newDuty(idOf("JZ-QH-D10"))))),
            Map.entry("removeDuty", new Operation("""
                    mutation($i: RemoveDutyInput!) { removeDuty(input: $i) { removedId } }""",
                    () -> {
                        JsonPath duty = Mandates.addedDuty(idOf("JZ-QH-D10"));
                        return Map.of("i", Map.of("id", duty.getString("data.saveDuty.duty.id"),
                                "version", duty.getInt("data.saveDuty.duty.version")));
                    })),
            Map.entry("changeStaffing", new Operation(Mandates.CHANGE_STAFFING,
                    () -> Map.of("i", Mandates.staffingChange(idOf("JZ-QH-D05"), 30)))),
            Map.entry("notifications", new Operation("query { notifications(unreadOnly: true, first: 5) { totalCount unreadCount } }",
                    Map::of)),
            Map.entry("markNotificationsRead", new Operation("""
                    mutation { markNotificationsRead(input: {ids: []}) { marked unreadCount } }""", Map::of)),
            Map.entry("withdrawListChange", new Operation("""
                    mutation($id: ID!) { withdrawListChange(changeId: $id) { change { status } } }""",
                    () -> Map.of("id", Lists.pendingAddition(idOf("JZ-QH-D10"))))),
            Map.entry("cases", new Operation("query { cases(first: 5) { totalCount edges { node { code } } } }", Map::of)),
            Map.entry("case", new Operation("query($id: ID!) { case(id: $id) { code dispatches { status } } }",
                    () -> Map.of("id", Cases.dispatched(true).caseId()))),
            Map.entry("suggestedHandlers", new Operation("query($id: ID!) { suggestedHandlers(caseId: $id) { role } }",
                    () -> Map.of("id", Cases.dispatched(true).caseId()))),
            Map.entry("caseStatistics", new Operation(
                    "query($i: CaseStatisticsInput!) { caseStatistics(input: $i) { totals { cases } } }",
                    () -> Map.of("i", Map.of("groupBy", "HANDLING_UNIT", "from", "2026-01-01T00:00:00+08:00", "to", "2027-01-01T00:00:00+08:00")))),
            Map.entry("caseBoard", new Operation("query { caseBoard { snapshotAt disputed } }", Map::of)),
            Map.entry("overdueDispatches", new Operation("query { overdueDispatches(first: 5) { totalCount } }", Map::of)),
            Map.entry("reportCase", new Operation(Cases.REPORT, () -> Map.of("i", Cases.report()))),
            Map.entry("acceptCase", new Operation(Cases.ACCEPT, () -> Map.of("i", Map.of("caseId", Cases.reported())))),
            Map.entry("dispatchCase", new Operation(Cases.DISPATCH, () -> {
                String id = Cases.accepted();
                return Map.of("i", Cases.dispatchInput(id, Cases.version(id), true));
            })),
            Map.entry("signDispatch", new Operation(Cases.SIGN, () -> Map.of("i", Map.of("dispatchId", Cases.sentLead())))),
            Map.entry("refuseDispatch", new Operation(Cases.REFUSE,
                    () -> Map.of("i", Map.of("dispatchId", Cases.sentLead(), "reason", "不属于本单位职责")))),
            Map.entry("replyDispatch", new Operation(Cases.REPLY,
                    () -> Map.of("i", Map.of("dispatchId", Cases.signedLead(), "text", "已处置")))),
            Map.entry("rateDispatch", new Operation(Cases.RATE,
                    () -> Map.of("i", Map.of("dispatchId", Cases.repliedLead(), "level", "SATISFIED")))),
            Map.entry("remindDispatch", new Operation(Cases.REMIND,
                    () -> Map.of("i", Map.of("dispatchId", Cases.sentLead(), "message", "请尽快签收")))),
            Map.entry("appealRating", new Operation(Cases.APPEAL,
                    () -> Map.of("i", Map.of("ratingId", Cases.unsatisfiedRating(), "reason", "已按要求处置")))),
            Map.entry("decideAppeal", new Operation(Cases.DECIDE,
                    () -> Map.of("i", Map.of("appealId", Cases.pendingAppeal(), "outcome", "UPHELD", "reason", "经核实维持原评价")))),
            Map.entry("closeCase", new Operation("""
                    mutation($i: CloseCaseInput!) { closeCase(input: $i) { case { status } } }""",
                    () -> Map.of("i", Map.of("caseId", Cases.completed())))),
            Map.entry("cancelCase", new Operation("""
                    mutation($i: CancelCaseInput!) { cancelCase(input: $i) { case { status } } }""",
                    () -> Map.of("i", Map.of("caseId", Cases.reported(), "reason", "重复上报")))));

    static final Map<String, String> IDS = new HashMap<>();

    /** The first catalogue code 清河区生态环境局 claims from. */
    static String firstCatalogueCode() {
        return Gql.data(Gql.as(Role.LEADER, "query($u: ID!) { claimCatalogue(unitId: $u) { catalogueCode } }",
                Map.of("u", idOf("JZ-QH-D10")))).getString("data.claimCatalogue[0].catalogueCode");
    }

    /** The first 行政检查 item of 清河区生态环境局 (already exercised in the demo data, so coverage stays as it was). */
    static String firstInspectionItem() {
        return Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u, powerType: INSPECTION}, first: 1) { edges { node { id } } } }""",
                Map.of("u", idOf("JZ-QH-D10")))).getString("data.listItems.edges[0].node.id");
    }

    static String idOf(String code) {
        return IDS.computeIfAbsent(code, c -> Gql.data(Gql.as(Role.LEADER,
                "query($code: String!) { unitByCode(code: $code) { id } }", Map.of("code", c)))
                .getString("data.unitByCode.id"));
    }

    static List<Cell> table() throws IOException {
        List<Cell> cells = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization.csv")) {
            assertNotNull(in, "authorization.csv missing");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<Role> roles = Arrays.stream(lines.get(0).split(",")).skip(1).map(String::strip).map(Role::valueOf).toList();
            assertEquals(Set.of(Role.values()), Set.copyOf(roles), "the header must list every role once");
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
                assertEquals(roles.size() + 1, cols.length, () -> "row has a cell per role: " + line);
                for (int i = 0; i < roles.size(); i++) {
                    String v = cols[i + 1];
                    assertTrue(v.equals("A") || v.equals("F") || v.equals("N"), () -> "cell must be A, F or N: " + line);
                    cells.add(new Cell(cols[0], roles.get(i), v.charAt(0)));
                }
            }
        }
        return cells;
    }

    static Stream<Cell> cells() throws IOException {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void roleGetsWhatTheTableSays(Cell cell) {
        Operation op = OPERATIONS.get(cell.operation());
        assertNotNull(op, () -> "no request defined for operation " + cell.operation());
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(cell.role()), op.document(), op.variables().get()));
        switch (cell.expected()) {
            case 'A' -> {
                Gql.data(body);
                assertNotNull(body.get("data." + cell.operation()), "data present");
            }
            case 'F' -> assertFalse(Gql.error(body, "FORBIDDEN").isBlank(), "a refusal carries a reason");
            default -> Gql.error(body, "NOT_FOUND");
        }
    }

    @Test
    void everyOperationOfTheSchemaHasARow() throws IOException {
        Set<String> operations = new TreeSet<>(Gql.data(Gql.as(Role.LEADER, "{ __schema { queryType { fields { name } } } }"))
                .getList("data.__schema.queryType.fields.name"));
        operations.addAll(Gql.data(Gql.as(Role.LEADER, "{ __schema { mutationType { fields { name } } } }"))
                .getList("data.__schema.mutationType.fields.name"));
        Set<String> inTable = new TreeSet<>();
        table().forEach(c -> inTable.add(c.operation()));
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(inTable);
        assertTrue(missing.isEmpty(), () -> "operations without a row in authorization.csv: " + missing);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(operations);
        assertTrue(stale.isEmpty(), () -> "rows for operations the schema no longer has: " + stale);
        assertEquals(inTable, OPERATIONS.keySet().stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                "every row has a request in OPERATIONS");
    }
}

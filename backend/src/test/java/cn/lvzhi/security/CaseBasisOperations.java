package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;

import java.util.Map;

import static cn.lvzhi.security.AuthorizationMatrixTest.idOf;

/**
 * The authorization matrix's requests for cases' legal basis (rows in authorization-case-basis.csv): each builds a
 * fresh signed lead hop to 清河区生态环境局 and names the first item of that bureau's power list.
 */
final class CaseBasisOperations {
    private CaseBasisOperations() {
    }

    /** The first published power item of 清河区生态环境局. */
    static String firstPowerItem() {
        return Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u}, first: 1) { edges { node { id } } } }""",
                Map.of("u", idOf("JZ-QH-D10")))).getString("data.listItems.edges[0].node.id");
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("setCaseBasis", new Operation("""
                    mutation($i: SetCaseBasisInput!) { setCaseBasis(input: $i) { dispatch { id basis { powerItemId } } } }""",
                    () -> Map.of("i", Map.of("dispatchId", Cases.signedLead(), "basis", Map.of("powerItemId", firstPowerItem()))))),
            Map.entry("suggestedBasis", new Operation("query($d: ID!) { suggestedBasis(dispatchId: $d) { rank item { id } } }",
                    () -> Map.of("d", Cases.signedLead()))),
            Map.entry("basisChoices", new Operation("query($d: ID!) { basisChoices(dispatchId: $d) { id } }",
                    () -> Map.of("d", Cases.signedLead()))),
            Map.entry("basisReport", new Operation("""
                    query($i: BasisReportInput!) { basisReport(input: $i) { handledCases topItems { itemId cases } } }""",
                    () -> Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "from", "2026-01-01T00:00:00+08:00",
                            "to", "2027-01-01T00:00:00+08:00")))));
}

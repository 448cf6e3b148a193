package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationFixtures;
import cn.lvzhi.testing.FieldworkSanding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix's requests for the evaluation fieldwork's 三定 execution findings (rows in
 * authorization-sanding.csv): a round of its own at the first mark holding 清河区生态环境局 (D10), the demo department
 * user's unit, and the first duty of D10's mandate.
 */
final class EvaluationSandingOperations {
    private static long[] fixture;

    private EvaluationSandingOperations() {
    }

    /** The round and D10's first duty. */
    private static synchronized long[] fixture() {
        if (fixture == null) {
            LocalDate today = LocalDate.now(EvaluationFixtures.BEIJING);
            long round = EvaluationFixtures.round(EvaluationFixtures.scheme(EvaluationFixtures.SCHEME), today.minusDays(30), today,
                    "FIRST_MARK");
            long d10 = EvaluationFixtures.unitId("JZ-QH-D10");
            EvaluationFixtures.roundUnit(round, d10, "SAFETY_ENVIRONMENT");
            fixture = new long[]{round, d10,
                    EvaluationFixtures.insert("SELECT id FROM mandate_duty WHERE unit_id = ? ORDER BY ordinal, id LIMIT 1", d10)};
        }
        return fixture;
    }

    static final Map<String, Operation> OPERATIONS = Map.of(
            "sandingDuties", new Operation("query($r: ID!, $u: ID!) { sandingDuties(roundId: $r, unitId: $u) { duty { id } } }",
                    () -> Map.of("r", fixture()[0], "u", fixture()[1])),
            "sandingSummary", new Operation("query($r: ID!) { sandingSummary(roundId: $r) { units { unitCode } } }",
                    () -> Map.of("r", fixture()[0])),
            "dutyItemSuggestions", new Operation("query($d: ID!) { dutyItemSuggestions(dutyId: $d) { id } }",
                    () -> Map.of("d", fixture()[2])),
            "recordDutyFinding", new Operation(FieldworkSanding.RECORD,
                    () -> FieldworkSanding.finding(fixture()[0], fixture()[2], "FULFILLED", "note", "授权矩阵测试")),
            "linkDutyItems", new Operation(FieldworkSanding.LINK,
                    () -> Map.of("i", Map.of("dutyId", fixture()[2], "itemIds", List.of()))));
}

package cn.lvzhi.testing;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helpers of the rectification ledger (整改台账): its documents, an item opened by 编办 through the API in a round
 * of the test's own, and items written straight to the tables for the computations.
 */
public final class FieldworkLedger {
    public static final String ITEM_FIELDS = """
            id version state unitId roundId roundName sourceKind sourceId indicatorCode trackingRectificationId description
            dueWorkingDays dueOn daysLate overdue daysOverdue rating failedVerifications evidence rectifiedByName
            unit { code } actions { id description done } events { kind byName note rating }
            extensions { id status requestedDueOn previousDueOn reason } evidenceFiles { id fileName }""";
    public static final String OPEN = "mutation($i: OpenLedgerItemInput!) { openLedgerItem(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String ADD_ACTION = "mutation($i: AddLedgerActionInput!) { addLedgerAction(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String SET_DONE = "mutation($i: SetLedgerActionDoneInput!) { setLedgerActionDone(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String RECTIFY = "mutation($i: RectifyLedgerItemInput!) { rectifyLedgerItem(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String VERIFY = "mutation($i: VerifyLedgerItemInput!) { verifyLedgerItem(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String CLOSE = "mutation($i: LedgerItemVersionInput!) { closeLedgerItem(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String REQUEST = "mutation($i: RequestLedgerExtensionInput!) { requestLedgerExtension(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String DECIDE = "mutation($i: DecideLedgerExtensionInput!) { decideLedgerExtension(input: $i) { item { " + ITEM_FIELDS + " } } }";
    public static final String ITEM = "query($id: ID!) { evaluationLedgerItem(id: $id) { " + ITEM_FIELDS + " } }";
    /** What an item concerns (关联对象), as the caller may see it. */
    public static final String LINKS = """
            query($id: ID!) { evaluationLedgerItem(id: $id) { id roundId roundName goal { id year title } indicator { code name }
                listItem { id kind code name } case { id code title } duty { id unitId text } source { kind id formId } } }""";
    public static final String LIST = """
            query($f: LedgerFilter) { evaluationLedger(filter: $f, first: 50) { totalCount edges { node { id state overdue unit { code } } } }
                                      evaluationLedgerCounts(filter: $f) { open rectified verified closed overdue failedOnce total } }""";

    private FieldworkLedger() {
    }

    /** A published round of the test's own over 生态环境局 (D10) and 城市管理局 (D11). */
    public static long round(String name) {
        return EvaluationResults.round(name, EvaluationResults.scheme(), "PUBLISHED", null, 3,
                EvaluationResults.units("JZ-QH-D10", EvaluationCategory.SAFETY_ENVIRONMENT, "JZ-QH-D11",
                        EvaluationCategory.LAW_ENFORCEMENT));
    }

    /** A round of the test's own at {@code stage} over the unit, of this period kind and period; its id. */
    public static long roundOver(String name, String unitCode, String stage, String periodKind, LocalDate start, LocalDate end) {
        long round = EvaluationResults.round(name, EvaluationResults.scheme(), stage, null, 3,
                EvaluationResults.units(unitCode, EvaluationCategory.GENERAL_SUPPORT));
        EvaluationFixtures.exec("UPDATE evaluation_round SET period_kind = ?, period_start = ?, period_end = ? WHERE id = ?",
                periodKind, start, end, round);
        return round;
    }

    /** The input of 编办 opening an item (source OTHER) for a unit of the round, with these actions. */
    public static Map<String, Object> openInput(Long round, String unitCode, String description, List<String> actions) {
        Map<String, Object> in = new HashMap<>();
        in.put("unitId", EvaluationResults.unitId(unitCode));
        if (round != null) {
            in.put("roundId", round);
        }
        in.put("source", "OTHER");
        in.put("description", description);
        in.put("actions", actions);
        return in;
    }

    /** 编办 opens an item; returns the item as the API gave it. */
    public static Map<String, Object> open(Long round, String unitCode, String description, List<String> actions) {
        return item(Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, OPEN, Map.of("i", openInput(round, unitCode, description, actions)))),
                "openLedgerItem");
    }

    /** The item of a mutation's payload. */
    public static Map<String, Object> item(JsonPath body, String mutation) {
        return body.getMap("data." + mutation + ".item");
    }

    /** An input naming an item at a version, with more fields. */
    public static Map<String, Object> at(Map<String, Object> item, Object... more) {
        Map<String, Object> in = new HashMap<>();
        in.put("id", item.get("id"));
        in.put("version", item.get("version"));
        for (int i = 0; i < more.length; i += 2) {
            in.put((String) more[i], more[i + 1]);
        }
        return in;
    }

    /** Writes an item straight to the tables (with its problem) for the computations; returns its id. */
    public static long stored(long unit, String state, OffsetDateTime openedAt, LocalDate dueOn, Integer daysLate,
                              OffsetDateTime rectifiedAt, OffsetDateTime closedAt) {
        long problem = EvaluationFixtures.insert("""
                INSERT INTO evaluation_problem (unit_id, source_kind, description, raised_by_name, raised_at)
                VALUES (?, 'OTHER', '台账计算测试', '测试', ?) RETURNING id""", unit, openedAt);
        long item = EvaluationFixtures.insert("""
                INSERT INTO evaluation_ledger_item (problem_id, unit_id, source_kind, description, state, opened_at, opened_by_name,
                    due_working_days, due_on, days_late, rectified_at, closed_at)
                VALUES (?, ?, 'OTHER', '台账计算测试', ?, ?, '测试', 20, ?, ?, ?, ?) RETURNING id""",
                problem, unit, state, openedAt, dueOn, daysLate, rectifiedAt, closedAt);
        EvaluationFixtures.exec("UPDATE evaluation_problem SET ledger_item_id = ? WHERE id = ?", item, problem);
        return item;
    }
}

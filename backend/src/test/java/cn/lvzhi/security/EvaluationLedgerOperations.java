package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.FieldworkLedger;
import cn.lvzhi.testing.Gql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.FieldworkLedger.at;

/**
 * The authorization matrix's requests for the evaluation fieldwork's the rectification ledger (整改台账) (rows in
 * authorization-ledger.csv): each cell gets a fresh item of 生态环境局 (D10, the DEPARTMENT user's unit) in the state
 * the operation needs, opened by 编办 through the API.
 */
final class EvaluationLedgerOperations {
    private EvaluationLedgerOperations() {
    }

    private static Map<String, Object> opened(List<String> actions) {
        return FieldworkLedger.open(null, "JZ-QH-D10", "授权矩阵台账事项", actions);
    }

    private static Map<String, Object> step(Role role, String document, String mutation, Map<String, Object> input) {
        return FieldworkLedger.item(Gql.data(Gql.as(role, document, Map.of("i", input))), mutation);
    }

    private static Map<String, Object> rectified() {
        return step(Role.DEPARTMENT, FieldworkLedger.RECTIFY, "rectifyLedgerItem", at(opened(List.of()), "evidence", "授权矩阵整改情况"));
    }

    private static Map<String, Object> verified() {
        return step(Role.ESTABLISHMENT_OFFICE, FieldworkLedger.VERIFY, "verifyLedgerItem", at(rectified(), "rating", "EFFECTIVE"));
    }

    private static Map<String, Object> decision() {
        Map<String, Object> open = opened(List.of());
        String due = LocalDate.parse((String) open.get("dueOn")).plusDays(7).toString();
        Map<String, Object> asked = step(Role.DEPARTMENT, FieldworkLedger.REQUEST, "requestLedgerExtension",
                at(open, "reason", "授权矩阵延期理由", "newDueOn", due));
        @SuppressWarnings("unchecked")
        Map<String, Object> pending = ((List<Map<String, Object>>) asked.get("extensions")).get(0);
        return Map.of("extensionId", pending.get("id"), "version", asked.get("version"), "approve", true);
    }

    private static Operation mutation(String document, java.util.function.Supplier<Map<String, Object>> input) {
        return new Operation(document, () -> Map.of("i", input.get()));
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("evaluationLedger", new Operation(
                    "query { evaluationLedger(first: 5) { totalCount edges { node { id state } } } }", Map::of)),
            Map.entry("evaluationLedgerCounts", new Operation("query { evaluationLedgerCounts { open overdue total } }", Map::of)),
            Map.entry("evaluationLedgerItem", new Operation("query($id: ID!) { evaluationLedgerItem(id: $id) { id state } }",
                    () -> Map.of("id", opened(List.of()).get("id")))),
            Map.entry("openLedgerItem", mutation(FieldworkLedger.OPEN,
                    () -> FieldworkLedger.openInput(null, "JZ-QH-D10", "授权矩阵登记", List.of()))),
            Map.entry("addLedgerAction", mutation(FieldworkLedger.ADD_ACTION,
                    () -> at(opened(List.of()), "description", "授权矩阵新增措施"))),
            Map.entry("setLedgerActionDone", mutation(FieldworkLedger.SET_DONE, () -> {
                Map<String, Object> item = opened(List.of("授权矩阵措施"));
                @SuppressWarnings("unchecked")
                Object action = ((List<Map<String, Object>>) item.get("actions")).get(0).get("id");
                return at(item, "actionId", action, "done", true);
            })),
            Map.entry("rectifyLedgerItem", mutation(FieldworkLedger.RECTIFY,
                    () -> at(opened(List.of()), "evidence", "授权矩阵整改"))),
            Map.entry("verifyLedgerItem", mutation(FieldworkLedger.VERIFY, () -> at(rectified(), "rating", "EFFECTIVE"))),
            Map.entry("closeLedgerItem", mutation(FieldworkLedger.CLOSE, () -> at(verified()))),
            Map.entry("requestLedgerExtension", mutation(FieldworkLedger.REQUEST, () -> {
                Map<String, Object> item = opened(List.of());
                return at(item, "reason", "授权矩阵延期", "newDueOn",
                        LocalDate.parse((String) item.get("dueOn")).plusDays(5).toString());
            })),
            Map.entry("decideLedgerExtension", mutation(FieldworkLedger.DECIDE, EvaluationLedgerOperations::decision)));
}

package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The ledger's results: a page of items, the counts per state, an item after a change. */
public final class Payloads {
    private Payloads() {
    }

    /** A page of ledger items, newest first. */
    @Type("EvaluationLedgerConnection")
    public record LedgerConnection(@NonNull List<@NonNull LedgerEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
    }

    @Type("EvaluationLedgerEdge")
    public record LedgerEdge(@NonNull String cursor, @NonNull LedgerItem node) {
    }

    /** The items the caller sees under a filter (its state condition left out), counted per state. */
    @Type("EvaluationLedgerCounts")
    public record LedgerCounts(@NonNull int open, @NonNull int rectified, @NonNull int verified, @NonNull int closed,
                               @NonNull @Description("Open items past their due date") int overdue,
                               @NonNull @Description("Items that failed a verification at least once") int failedOnce,
                               @NonNull int total) {
    }

    /** An item after a change. */
    @Type("EvaluationLedgerItemPayload")
    public record ItemPayload(@NonNull LedgerItem item) {
    }
}

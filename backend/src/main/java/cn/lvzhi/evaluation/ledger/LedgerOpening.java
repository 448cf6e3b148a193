package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.evaluation.results.EvaluationProblem;
import cn.lvzhi.evaluation.results.ProblemListener;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a ledger item for every problem raised, whatever found it, in the transaction that raised it: the item copies
 * what the problem concerns and is due the configured number of working days later.
 */
@ApplicationScoped
public class LedgerOpening implements ProblemListener {
    private final int defaultDays;

    public LedgerOpening(@ConfigProperty(name = "lvzhi.ledger.due-working-days", defaultValue = "20") int defaultDays) {
        this.defaultDays = defaultDays;
    }

    /** The working days an item gets unless 编办 names others. */
    public int defaultDays() {
        return defaultDays;
    }

    @Override
    public Uni<Void> raised(EvaluationProblem p) {
        LedgerItem item = new LedgerItem();
        item.problemId = p.id;
        item.roundId = p.roundId;
        item.unitId = p.unitId;
        item.sourceKind = p.sourceKind;
        item.sourceId = p.sourceId;
        item.goalId = p.goalId;
        item.indicatorCode = p.indicatorCode;
        item.listItemId = p.listItemId;
        item.caseId = p.caseId;
        item.dutyId = p.dutyId;
        item.description = p.description;
        item.state = LedgerState.OPEN;
        item.openedAt = p.raisedAt;
        item.openedByName = p.raisedByName;
        item.dueWorkingDays = defaultDays;
        item.dueOn = LedgerCalendar.dueOn(p.raisedAt, defaultDays);
        return item.<LedgerItem>persistAndFlush().chain(saved -> {
            p.ledgerItemId = saved.id;
            return LedgerEvent.of(saved.id, LedgerEvent.Kind.OPENED, saved.openedAt, null, saved.openedByName,
                    saved.description).persist();
        }).replaceWithVoid();
    }
}

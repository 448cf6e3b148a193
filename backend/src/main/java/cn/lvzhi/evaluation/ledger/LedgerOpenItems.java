package cn.lvzhi.evaluation.ledger;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * LEDGER_OPEN_ITEMS (未销户整改事项数): the unit's ledger items opened before the period's end and not closed (销户) by
 * then, whatever their state. Rows: one per item, noting its state and due date.
 */
@Singleton
public class LedgerOpenItems extends LedgerComputation {
    static final String NAME = "LEDGER_OPEN_ITEMS";
    static final String DESCRIPTION = "未销户整改事项数：本期结束前登记、到期末仍未销户的整改台账事项数（待整改、已整改、已核验均计）；没有时为 0。"
            + " (Number of the unit's rectification ledger items opened before the period's end and not closed by then.)";

    public LedgerOpenItems() {
        super(NAME, DESCRIPTION);
    }

    @Override
    String condition() {
        return "i.openedAt < :until and (i.closedAt is null or i.closedAt >= :until)";
    }

    @Override
    String note(LedgerState state, LocalDate dueOn, Integer daysLate, LocalDate today) {
        return LedgerNotes.state(state) + "，整改期限 " + dueOn;
    }
}

package cn.lvzhi.evaluation.ledger;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * LEDGER_OVERDUE_ITEMS (超期整改事项数): the unit's ledger items due by the period's end that broke their due date —
 * rectified late within the period (days late frozen at rectification), or still to rectify past it at the time of
 * computing. Rows: one per item, noting how many working days late.
 */
@Singleton
public class LedgerOverdueItems extends LedgerComputation {
    static final String NAME = "LEDGER_OVERDUE_ITEMS";
    static final String DESCRIPTION = "超期整改事项数：整改期限在本期结束前、本期内超期才整改或计算时已过期限仍未整改的整改台账事项数（按工作日计）；没有时为 0。"
            + " (Number of the unit's ledger items due by the period's end rectified late in the period, or still open past"
            + " the due date.)";

    public LedgerOverdueItems() {
        super(NAME, DESCRIPTION);
    }

    @Override
    String condition() {
        return "i.dueOn <= :end and ((i.daysLate > 0 and i.rectifiedAt >= :from and i.rectifiedAt < :until)"
                + " or (i.state = :open and i.dueOn < :today))";
    }

    @Override
    String note(LedgerState state, LocalDate dueOn, Integer daysLate, LocalDate today) {
        return state == LedgerState.OPEN && today.isAfter(dueOn)
                ? "逾期未整改 " + LedgerCalendar.workingDaysLate(dueOn, today) + " 个工作日"
                : "超期 " + daysLate + " 个工作日整改";
    }
}

package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.evaluation.ledger.LedgerState;
import cn.lvzhi.evaluation.results.ProblemSource;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which ledger items to list (each condition optional). */
@Input("LedgerFilter")
public class LedgerFilter {
    @Id public Long roundId;
    @Id public Long unitId;
    public LedgerState state;
    @Description("true: open items past their due date; false: all others") public Boolean overdue;
    public ProblemSource sourceKind;
}

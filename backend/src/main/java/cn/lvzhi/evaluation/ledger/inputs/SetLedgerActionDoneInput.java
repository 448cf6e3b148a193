package cn.lvzhi.evaluation.ledger.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Marks a 整改措施 of an item done (or not done again). */
@Input("SetLedgerActionDoneInput")
public class SetLedgerActionDoneInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @Id public Long actionId;
    @NonNull public Boolean done;
}

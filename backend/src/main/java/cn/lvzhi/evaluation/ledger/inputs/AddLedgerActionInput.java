package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Adds a 整改措施 (rectification action) to an item still to rectify. */
@Input("AddLedgerActionInput")
public class AddLedgerActionInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @Text(label = "整改措施", max = 500) public String description;
}

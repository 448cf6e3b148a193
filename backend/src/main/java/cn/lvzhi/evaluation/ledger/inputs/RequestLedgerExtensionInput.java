package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** The responsible unit asks to move the due date of an item still to rectify (申请延期). */
@Input("RequestLedgerExtensionInput")
public class RequestLedgerExtensionInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @Text(label = "延期理由", max = 1000) public String reason;
    @NonNull @Description("The new last day, after the current one") public LocalDate newDueOn;
}

package cn.lvzhi.evaluation.ledger.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A ledger item as the caller last saw it (closing it, 销户): its id and version. */
@Input("LedgerItemVersionInput")
public class LedgerItemVersionInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
}

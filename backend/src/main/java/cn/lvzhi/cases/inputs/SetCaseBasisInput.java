package cn.lvzhi.cases.inputs;

import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Names, changes or clears the legal basis of a hop the caller handles. */
@Input("SetCaseBasisInput")
public class SetCaseBasisInput {
    @Id
    @NonNull
    public Long dispatchId;
    @Valid
    @Description("The basis; absent to clear it")
    public CaseBasisInput basis;
    @Description("The dispatch version the caller saw; a stale one is a CONFLICT")
    public Integer dispatchVersion;
}

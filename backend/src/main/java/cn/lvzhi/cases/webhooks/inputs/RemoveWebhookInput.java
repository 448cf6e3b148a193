package cn.lvzhi.cases.webhooks.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Remove one of the caller's callbacks; its pending deliveries are cancelled. */
@Input("RemoveWebhookInput")
public class RemoveWebhookInput {
    @Id
    @NonNull
    public Long id;
}

package cn.lvzhi.cases.webhooks.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Register a callback URL for the steps of the caller's cases. */
@Input("RegisterWebhookInput")
public class RegisterWebhookInput {
    @NonNull
    @Text(label = "回调地址", max = 500, singleLine = true)
    @Description("An absolute http(s) URL")
    public String url;
}

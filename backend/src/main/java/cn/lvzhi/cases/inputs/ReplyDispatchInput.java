package cn.lvzhi.cases.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The handler replies (办结反馈) with text and photos. */
@Input("ReplyDispatchInput")
public class ReplyDispatchInput {
    @Id
    @NonNull
    public Long dispatchId;
    @NonNull
    public String text;
    public List<@NonNull String> attachments;
}

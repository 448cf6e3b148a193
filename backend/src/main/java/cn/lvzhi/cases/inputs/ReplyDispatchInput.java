package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
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
    @Text(label = "办结反馈", max = 5000)
    public String text;
    @Size(max = 20, message = "附件最多 20 个 (at most 20 attachments)")
    public List<@NonNull @Text(label = "附件引用", max = 500) String> attachments;
    @Size(max = 200, message = "关闭理由最多 200 条 (at most 200 hop reasons)")
    @Description("A reason for each hop below that is still open or replied and unrated (it is closed unfinished)")
    public List<@NonNull @Valid HopReasonInput> hopReasons;
    @Valid
    @Description("The legal basis of this hop (办理依据), named with the reply")
    public CaseBasisInput basis;
}

package cn.lvzhi.evaluation.fieldwork.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The addressee unit records its reply to an inquiry letter (text and files). */
@Input("ReplyFieldworkInquiryLetterInput")
public class ReplyFieldworkInquiryLetterInput {
    @NonNull @Id public Long letterId;
    @NonNull public Integer version;
    @NonNull @Text(label = "复函内容", max = 10000) public String replyText;
    @Size(max = 20, message = "最多 20 个附件 (at most 20 files)") @Id public List<@NonNull Long> fileIds;
}

package cn.lvzhi.evaluation.fieldwork.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** 编办 writes an inquiry letter (函调函) about a drawn unit to an addressee unit. */
@Input("IssueFieldworkInquiryLetterInput")
public class IssueFieldworkInquiryLetterInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id @Description("The drawn unit the letter inquires about") public Long unitId;
    @NonNull @Id @Description("司法局, the command centre (12345), or the drawn unit itself") public Long addresseeUnitId;
    @NonNull @Text(label = "函调事由", max = 200, singleLine = true) public String subject;
    @NonNull @Size(min = 1, max = 20, message = "函调问题须为 1 至 20 个 (1 to 20 questions)")
    public List<@NonNull @Text(label = "函调问题", max = 1000) String> questions;
    @NonNull public LocalDate replyDueOn;
    @Text(label = "请求标识", max = 80, singleLine = true, required = false)
    @Description("A retry with the same key returns the first letter")
    public String clientKey;
}

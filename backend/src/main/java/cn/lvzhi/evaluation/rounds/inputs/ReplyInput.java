package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The unit's reply to one deduction (申辩), with evidence files. */
@Input("EvaluationReplyInput")
public class ReplyInput {
    @NonNull @Id public Long scoreId;
    @NonNull @Text(label = "申辩理由", max = 4000) public String text;
    @Size(max = 20, message = "每项最多 20 个佐证文件 (at most 20 files)") @Id public List<@NonNull Long> fileIds;
}

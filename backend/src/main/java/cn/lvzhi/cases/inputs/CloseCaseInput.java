package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The command centre closes (结案) a completed case, or one it handled itself after accepting it. */
@Input("CloseCaseInput")
public class CloseCaseInput {
    @Id
    @NonNull
    public Long caseId;
    @Text(label = "结案意见", max = 1000, required = false)
    public String note;
    @Size(max = 200, message = "关闭理由最多 200 条 (at most 200 hop reasons)")
    @Description("A reason for each hop below that is still open or replied and unrated (it is closed unfinished)")
    public List<@NonNull @Valid HopReasonInput> hopReasons;
}

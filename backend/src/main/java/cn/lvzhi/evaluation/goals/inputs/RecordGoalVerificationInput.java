package cn.lvzhi.evaluation.goals.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.goals.VerificationMethod;
import cn.lvzhi.evaluation.goals.VerificationResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** 编办 records an on-site verification (察访核验) of a published goal or one of its milestones. */
@Input("RecordGoalVerificationInput")
public class RecordGoalVerificationInput {
    @NonNull @Id public Long goalId;
    @Id @Description("The milestone verified; left out for the goal as a whole") public Long milestoneId;
    @NonNull @Description("Not in the future") public LocalDate verifiedOn;
    @NonNull @Text(label = "参加人员", max = 500) public String people;
    @NonNull @NotNull(message = "须选择核验方式 (⟨field⟩: methods required)")
    @Size(min = 1, max = 4, message = "须选择 1 至 4 种核验方式 (⟨field⟩: 1 to 4 methods)")
    public List<@NonNull VerificationMethod> methods;
    @NonNull @Text(label = "核验发现", max = 4000) public String findings;
    @NonNull public VerificationResult result;
}

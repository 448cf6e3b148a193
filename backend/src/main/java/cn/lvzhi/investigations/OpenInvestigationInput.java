package cn.lvzhi.investigations;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Open an investigation (责任倒查) of an UNSATISFIED rating. */
@Input("OpenInvestigationInput")
public class OpenInvestigationInput {
    @Id
    @NonNull
    public Long ratingId;
    @NonNull
    @Description("What is investigated (倒查事由)")
    @Text(label = "倒查事由", max = 1000)
    public String subject;
}

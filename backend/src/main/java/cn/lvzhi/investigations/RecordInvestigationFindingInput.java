package cn.lvzhi.investigations;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Record a finding (调查情况). */
@Input("RecordInvestigationFindingInput")
public class RecordInvestigationFindingInput {
    @Id
    @NonNull
    public Long investigationId;
    @NonNull
    @Text(label = "调查情况", max = 5000)
    public String text;
}

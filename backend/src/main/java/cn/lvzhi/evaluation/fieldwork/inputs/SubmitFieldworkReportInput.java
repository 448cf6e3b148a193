package cn.lvzhi.evaluation.fieldwork.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The drawn unit submits its report to 编办. */
@Input("SubmitFieldworkReportInput")
public class SubmitFieldworkReportInput {
    @NonNull @Id public Long reportId;
    @NonNull public Integer version;
}

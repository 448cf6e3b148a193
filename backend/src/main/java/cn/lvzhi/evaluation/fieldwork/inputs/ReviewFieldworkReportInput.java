package cn.lvzhi.evaluation.fieldwork.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** 编办 accepts a submitted report or returns it with comments, raising problems for the ledger as it goes. */
@Input("ReviewFieldworkReportInput")
public class ReviewFieldworkReportInput {
    @NonNull @Id public Long reportId;
    @NonNull public Integer version;
    @NonNull public Boolean accept;
    @Text(label = "审核意见", max = 4000, required = false) @Description("Required when returning") public String comment;
    @Size(max = 20, message = "最多 20 个问题 (at most 20 problems)")
    @Description("Problems found in the report, each raised for the rectification ledger (REPORT_REVIEW)")
    public List<@NonNull @Text(label = "发现问题", max = 2000) String> problems;
}

package cn.lvzhi.evaluation.fieldwork.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The drawn unit writes (or rewrites) its work report (一个报告) while it is a draft or returned. */
@Input("SaveFieldworkReportInput")
public class SaveFieldworkReportInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long unitId;
    @Description("The report's current version; absent when writing it first")
    public Integer version;
    @NonNull @Text(label = "工作报告", max = 50000) @Description("Markdown") public String body;
    @Size(max = 20, message = "最多 20 个附件 (at most 20 files)") @Id public List<@NonNull Long> fileIds;
}

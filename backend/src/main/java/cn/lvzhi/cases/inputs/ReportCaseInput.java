package cn.lvzhi.cases.inputs;

import cn.lvzhi.cases.CasePriority;
import cn.lvzhi.cases.CaseSource;
import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** A report (上报): what, where, which category; a retry with the same client key (or a system's external id) returns the first case. */
@Input("ReportCaseInput")
public class ReportCaseInput {
    @NonNull
    @Text(label = "标题", max = 200, singleLine = true)
    public String title;
    @NonNull
    @Text(label = "事件描述", max = 5000)
    public String description;
    @Id
    @Description("A published COLLABORATION, TERRITORIAL or BOUNDARY list item; or give categoryText")
    public Long categoryItemId;
    @Description("A free category, when no list item fits")
    @Text(label = "事件类别", max = 100, required = false, singleLine = true)
    public String categoryText;
    @NonNull
    @Text(label = "地址", max = 300, singleLine = true)
    public String address;
    public Double latitude;
    public Double longitude;
    @Description("References of uploaded photos")
    @Size(max = 20, message = "附件最多 20 个 (at most 20 attachments)")
    public List<@NonNull @Text(label = "附件引用", max = 500) String> attachments;
    @Description("Default NORMAL")
    public CasePriority priority;
    @Description("From today to a year from today (Asia/Shanghai)")
    public OffsetDateTime deadline;
    @Id
    @Description("The township where it happened; default: the reporter's own township, else the district")
    public Long areaUnitId;
    @Description("Integrated systems: HOTLINE_12345 (default) or OTHER_SYSTEM")
    public CaseSource source;
    @Description("Integrated systems: their own id of the case (required for them); a retry returns the first case")
    @Text(label = "外部编号", max = 100, required = false, singleLine = true)
    public String externalId;
    @Description("Idempotency key chosen by the phone or client; a retry returns the first case, the same key with a different report is IDEMPOTENCY_KEY_REUSED")
    @Text(label = "幂等键", max = 100, required = false, singleLine = true)
    public String clientKey;
    @Description("When the phone or client submitted it, by its own clock: at most a day ahead of the server, 30 days behind")
    public OffsetDateTime clientTime;
}

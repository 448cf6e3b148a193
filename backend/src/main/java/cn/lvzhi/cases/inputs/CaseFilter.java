package cn.lvzhi.cases.inputs;

import cn.lvzhi.cases.CaseSource;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** Filters of the cases query; all given conditions must hold. */
@Input("CaseFilter")
public class CaseFilter {
    public List<@NonNull CaseStatus> statuses;
    @Id
    @Description("The township (or any unit) the case lies in, with everything below it")
    public Long areaUnitId;
    @Id
    @Description("The originating unit (发起单位)")
    public Long originUnitId;
    public CaseSource source;
    @Description("Reported at or after")
    public OffsetDateTime reportedFrom;
    @Description("Reported before")
    public OffsetDateTime reportedTo;
    @Description("Substring of the code, title or address")
    @Text(label = "关键词", max = 100, required = false)
    public String keyword;
    @Description("Only the cases the caller reported itself (我的上报), whatever else it may see")
    public Boolean reportedByMe;
}

package cn.lvzhi.cases.inputs;

import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.cases.VisitWay;
import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A return visit (回访) to the reporter of a completed or closed case. */
@Input("RecordCaseVisitInput")
public class RecordCaseVisitInput {
    @Id
    @NonNull
    public Long caseId;
    @NonNull
    @Description("回访方式: PHONE 电话, VISIT 上门, SMS 短信")
    public VisitWay way;
    @NonNull
    @Description("The reporter's satisfaction")
    public RatingLevel satisfaction;
    @Text(label = "回访情况", max = 1000, required = false)
    public String note;
}

package cn.lvzhi.evaluation.forms.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.forms.FormContent.SuggestionKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A 内设机构职责调整建议: MOVE names the duty and both offices, ADD the receiving office and the new duty's name,
 * CANCEL the duty and its office. What each kind needs is checked by the form's rules.
 */
@Input("OfficeDutySuggestionInput")
public class SuggestionInput {
    @NonNull public SuggestionKind kind;
    @Id @Description("MOVE/CANCEL: the office that holds the duty now")
    public Long fromOfficeId;
    @Id @Description("MOVE/ADD: the office that is to hold it")
    public Long toOfficeId;
    @Id @Description("MOVE/CANCEL: the duty task (职责任务清单事项) of the from-office")
    public Long dutyItemId;
    @Text(label = "新增职责名称", max = 300, required = false, singleLine = true)
    @Description("ADD: the new duty's name")
    public String dutyName;
    @NonNull
    @Text(label = "调整理由", max = 2000)
    public String reason;
}

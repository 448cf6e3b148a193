package cn.lvzhi.cases.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Dispatch (派单) a case to one lead and co-operating units, as a first hop or onward from a dispatch received. */
@Input("DispatchCaseInput")
public class DispatchCaseInput {
    @Id
    @NonNull
    public Long caseId;
    @NonNull
    @Description("The case version the dispatcher saw; a stale one is a CONFLICT")
    public Integer caseVersion;
    @Id
    @Description("Pass on this dispatch (转派), received and signed for by the caller; absent for a first hop")
    public Long parentDispatchId;
    @NonNull
    public List<@NonNull DispatchTargetInput> targets;
    public String instructions;
    @Description("Working days to sign for it (签收时限), default 1")
    public Integer signDays;
    @Description("Working days to handle it (办理时限), default 5")
    public Integer handlingDays;
}

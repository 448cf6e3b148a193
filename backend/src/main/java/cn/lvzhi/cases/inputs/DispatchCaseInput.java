package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
    @Text(label = "派单要求", max = 2000, required = false)
    public String instructions;
    @Description("Working days to sign for it (签收时限), default 1")
    @Min(value = 1, message = "签收时限须在 1 至 60 个工作日之间 (⟨field⟩ must be 1..60)")
    @Max(value = 60, message = "签收时限须在 1 至 60 个工作日之间 (⟨field⟩ must be 1..60)")
    public Integer signDays;
    @Description("Working days to handle it (办理时限), default 5")
    @Min(value = 1, message = "办理时限须在 1 至 60 个工作日之间 (⟨field⟩ must be 1..60)")
    @Max(value = 60, message = "办理时限须在 1 至 60 个工作日之间 (⟨field⟩ must be 1..60)")
    public Integer handlingDays;
    @Valid
    @Description("Passing a dispatch on: the legal basis (办理依据) of the hop passed on, which the caller handles")
    public CaseBasisInput basis;
    @Description("Idempotency key chosen by the client for this submission; a retry returns the first dispatches, the same key with a different request is IDEMPOTENCY_KEY_REUSED")
    @Text(label = "幂等键", max = 100, required = false, singleLine = true)
    public String clientKey;
}

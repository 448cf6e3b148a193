package cn.lvzhi.lists;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/**
 * A proposal (调整申请): ADD names kind, code, owner, name and details; CHANGE/RETIRE name the item and its version.
 * What each field must be alone is declared here; what depends on the change type or the item is checked by
 * {@link ListService}.
 */
@Input("ProposeListChangeInput")
public class ProposeListChangeInput {
    @NonNull
    public ChangeType changeType;
    @Description("ADD: which list")
    public ListKind kind;
    @Id
    @Description("CHANGE/RETIRE: the item")
    public Long itemId;
    @Description("CHANGE/RETIRE: the published version the proposal is based on; a stale one is a CONFLICT")
    public Integer baseVersion;
    @Description("ADD: the item code, unique in its list")
    @Pattern(regexp = ListItem.CODE_FORMAT, message = ListItem.CODE_RULE)
    public String code;
    @Id
    @Description("ADD: the owner unit")
    public Long unitId;
    @Description("ADD/CHANGE: the item's name")
    @Text(label = "事项名称", max = ListItem.NAME_MAX, required = false, singleLine = true)
    public String name;
    @Description("ADD/CHANGE: the content; exactly the part of the item's kind")
    public ItemDetails details;
    @NonNull
    @Description("Why (调整理由)")
    @Text(label = "调整理由", max = 2000)
    public String reason;
    @Description("Legal basis of the change (调整依据)")
    @Text(label = "调整依据", max = 2000, required = false)
    public String legalBasis;
    @Description("Idempotency key: a retried submission with the same key returns the first result, the same key with a different submission is IDEMPOTENCY_KEY_REUSED")
    @Text(label = "幂等键", max = 100, required = false, singleLine = true)
    public String clientKey;
    @Description("When the phone or client submitted it, by its own clock: at most a day ahead of the server, 30 days behind")
    public OffsetDateTime clientTime;
}

package cn.lvzhi.disputes;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A co-operating unit and its responsibility. */
@Input("DisputePartyInput")
public class DisputePartyInput {
    @Id
    @NonNull
    public Long unitId;
    @NonNull
    @Text(label = "协同职责", max = 2000)
    public String responsibility;
}

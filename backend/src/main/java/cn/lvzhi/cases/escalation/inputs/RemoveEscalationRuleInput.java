package cn.lvzhi.cases.escalation.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Remove a district's 催督办规则 (a category falls back to the district's default, the default to the inherited one). */
@Input("RemoveEscalationRuleInput")
public class RemoveEscalationRuleInput {
    @Id
    @NonNull
    public Long id;
    @NonNull
    public Integer version;
}

package cn.lvzhi.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One field of an audited entity as it was before and after a change (审计字段变化), each as text. */
@Type("AuditFieldChange")
public record AuditFieldChange(
        @NonNull @Description("the field's name in the snapshot; empty when the snapshot is a single value") String field,
        @Description("the value before, as text (JSON for nested values); null when absent") String before,
        @Description("the value after, as text (JSON for nested values); null when absent") String after) {
}

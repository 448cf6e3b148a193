package cn.lvzhi.cases.escalation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A 催督办规则 as the settings page shows it. */
@Type("EscalationRule")
public record EscalationRuleView(@Id @NonNull Long id,
                                 @NonNull @Description("The default every district inherits until it saves its own") boolean inherited,
                                 @Id Long categoryItemId, String categoryItemName, String categoryText,
                                 @NonNull int warnBeforeHours, @NonNull boolean remindAtDeadline, Integer escalateAfterDays,
                                 @NonNull int version, @NonNull OffsetDateTime updatedAt, String updatedByName) {

    static EscalationRuleView of(EscalationRule r, String categoryItemName) {
        return new EscalationRuleView(r.id, r.regionUnitId == null, r.categoryItemId, categoryItemName, r.categoryText,
                r.warnBeforeHours, r.remindAtDeadline, r.escalateAfterDays, r.version, r.updatedAt, r.updatedByName);
    }
}

package cn.lvzhi.cases.escalation;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.escalation.inputs.RemoveEscalationRuleInput;
import cn.lvzhi.cases.escalation.inputs.SaveEscalationRuleInput;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and edits a district's 催督办规则 (the caller's district): the default and one rule per case category, each
 * change versioned and audited.
 */
@ApplicationScoped
public class EscalationSettingsService {
    private static final Set<ListKind> CATEGORY_KINDS = EnumSet.of(ListKind.COLLABORATION, ListKind.TERRITORIAL, ListKind.BOUNDARY);
    static final String STALE = "催督办规则已被他人修改，请刷新后重试 (the rule changed since it was read)";

    private final AuditLog audit;

    public EscalationSettingsService(AuditLog audit) {
        this.audit = audit;
    }

    /** What the audit trail keeps of a rule. */
    record RuleSnapshot(Long regionUnitId, Long categoryItemId, String categoryText, int warnBeforeHours,
                        boolean remindAtDeadline, Integer escalateAfterDays) {
        static RuleSnapshot of(EscalationRule r) {
            return new RuleSnapshot(r.regionUnitId, r.categoryItemId, r.categoryText, r.warnBeforeHours,
                    r.remindAtDeadline, r.escalateAfterDays);
        }
    }

    @WithSession
    public Uni<EscalationSettings> settings(ScopedActor a) {
        EscalationPolicy.read(a).orThrow();
        return region(a).chain(region -> EscalationRule.<EscalationRule>list("regionUnitId is null or regionUnitId = ?1", region.id)
                .chain(rules -> names(rules).map(names -> {
                    EscalationRule inherited = rules.stream().filter(r -> r.regionUnitId == null).findFirst().orElseThrow();
                    EscalationRule own = rules.stream().filter(r -> r.regionUnitId != null && r.isDistrictDefault()).findFirst()
                            .orElse(inherited);
                    List<EscalationRuleView> categories = rules.stream().filter(r -> r.regionUnitId != null && !r.isDistrictDefault())
                            .sorted(Comparator.comparing((EscalationRule r) -> r.id))
                            .map(r -> EscalationRuleView.of(r, r.categoryItemId == null ? null : names.get(r.categoryItemId))).toList();
                    return new EscalationSettings(region.id, region.name, EscalationRuleView.of(own, null), categories,
                            inherited.inForceSince);
                })));
    }

    @WithTransaction
    public Uni<EscalationRulePayload> save(ScopedActor a, SaveEscalationRuleInput in) {
        EscalationPolicy.edit(a).orThrow();
        String text = Texts.optional(in.categoryText);
        if (in.categoryItemId != null && text != null) {
            throw new ValidationException("input.categoryText", "清单事项和事件类别只能填一项 (a list item or a category text, not both)");
        }
        return category(in.categoryItemId).chain(itemName -> region(a).chain(region -> scoped(region.id, in.categoryItemId, text)
                .chain(existing -> {
                    if (existing != null && !existing.versionMatches(in.version)) {
                        throw new ConflictException(STALE);
                    }
                    RuleSnapshot before = existing == null ? null : RuleSnapshot.of(existing);
                    EscalationRule r = existing != null ? existing : new EscalationRule();
                    r.regionUnitId = region.id;
                    r.categoryItemId = in.categoryItemId;
                    r.categoryText = text;
                    r.warnBeforeHours = in.warnBeforeHours;
                    r.remindAtDeadline = in.remindAtDeadline;
                    r.escalateAfterDays = in.escalateAfterDays;
                    r.updatedAt = OffsetDateTime.now();
                    r.updatedByName = a.actor().displayName();
                    return r.<EscalationRule>persistAndFlush()
                            .call(saved -> audit.record(a.actor(), existing == null ? "ESCALATION_RULE_CREATED" : "ESCALATION_RULE_CHANGED",
                                    "EscalationRule", saved.id, before, RuleSnapshot.of(saved)))
                            .map(saved -> new EscalationRulePayload(EscalationRuleView.of(saved, itemName)));
                })));
    }

    @WithTransaction
    public Uni<RemovedEscalationRulePayload> remove(ScopedActor a, RemoveEscalationRuleInput in) {
        EscalationPolicy.edit(a).orThrow();
        return region(a).chain(region -> EscalationRule.<EscalationRule>findById(in.id).chain(r -> {
            if (r == null || !region.id.equals(r.regionUnitId)) {
                throw new NotFoundException("催督办规则不存在 (no such escalation rule)");
            }
            if (!r.versionMatches(in.version)) {
                throw new ConflictException(STALE);
            }
            RuleSnapshot before = RuleSnapshot.of(r);
            return r.delete().chain(() -> audit.record(a.actor(), "ESCALATION_RULE_REMOVED", "EscalationRule", r.id, before, null))
                    .map(x -> new RemovedEscalationRulePayload(r.id));
        }));
    }

    /** The district's rule for exactly this category (none: its default). */
    private static Uni<EscalationRule> scoped(Long regionId, Long itemId, String text) {
        if (itemId != null) {
            return EscalationRule.find("regionUnitId = ?1 and categoryItemId = ?2", regionId, itemId).firstResult();
        }
        return text != null
                ? EscalationRule.find("regionUnitId = ?1 and categoryItemId is null and categoryText = ?2", regionId, text).firstResult()
                : EscalationRule.find("regionUnitId = ?1 and categoryItemId is null and categoryText is null", regionId).firstResult();
    }

    /** The caller's district (the region government its unit lies in). */
    private static Uni<Unit> region(ScopedActor a) {
        return Unit.<Unit>find("path", a.regionPath()).firstResult().map(u -> {
            if (u == null) {
                throw new NotFoundException("未找到所在区县 (no district)");
            }
            return u;
        });
    }

    /** The name of a category list item, checked to be one a case can fall under; null for none. */
    private static Uni<String> category(Long itemId) {
        if (itemId == null) {
            return Uni.createFrom().nullItem();
        }
        return ListItem.<ListItem>findById(itemId).map(item -> {
            if (item == null || !CATEGORY_KINDS.contains(item.kind)) {
                throw new ValidationException("input.categoryItemId",
                        "事件类别须为协同、属地或边界清单事项 (a collaboration, territorial or boundary item)");
            }
            return item.name;
        });
    }

    private static Uni<Map<Long, String>> names(List<EscalationRule> rules) {
        List<Long> ids = rules.stream().map(r -> r.categoryItemId).filter(java.util.Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : ListItem.<ListItem>list("id in ?1", ids).map(items -> items.stream()
                .collect(Collectors.toMap(i -> i.id, i -> i.name, (x, y) -> x)));
    }
}

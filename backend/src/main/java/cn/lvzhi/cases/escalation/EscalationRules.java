package cn.lvzhi.cases.escalation;

import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.smallrye.mutiny.Uni;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which rule a case falls under (one rule, one place): its district's rule for its category (the list item, or the
 * free category text), else its district's default, else the default every district inherits. A case's district is
 * the deepest region government (区县人民政府) above its area.
 */
public record EscalationRules(List<EscalationRule> rules, List<Unit> regions) {

    /** Every rule and every region government, for one run of the job. */
    public static Uni<EscalationRules> load() {
        return EscalationRule.<EscalationRule>listAll().chain(rules -> Unit.<Unit>list("kind", UnitKind.REGION_GOVERNMENT)
                .map(regions -> new EscalationRules(rules, regions.stream()
                        .sorted(Comparator.comparingInt((Unit u) -> u.depth).reversed()).toList())));
    }

    /** The default every district inherits. */
    public EscalationRule inherited() {
        return rules.stream().filter(r -> r.regionUnitId == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("the inherited escalation rule (V26) is missing"));
    }

    /** Hops dispatched from this moment are escalated. */
    public OffsetDateTime inForceSince() {
        return inherited().inForceSince;
    }

    /** The district (deepest region government) whose tree holds a unit with this path; null when none. */
    public Long regionOf(String path) {
        return regions.stream().filter(r -> path != null && path.startsWith(r.path)).map(r -> r.id).findFirst().orElse(null);
    }

    /** The rule of a case in this area with this category. */
    public EscalationRule forCase(String areaPath, Long categoryItemId, String categoryText) {
        return of(regionOf(areaPath), categoryItemId, categoryText, rules);
    }

    /** The rule of a district and category among these rules (the table test's entry). */
    public static EscalationRule of(Long regionId, Long categoryItemId, String categoryText, List<EscalationRule> rules) {
        EscalationRule districtDefault = null;
        EscalationRule inherited = null;
        for (EscalationRule r : rules) {
            if (r.regionUnitId == null) {
                inherited = r;
            } else if (r.regionUnitId.equals(regionId)) {
                if (r.isDistrictDefault()) {
                    districtDefault = r;
                } else if (categoryItemId != null ? categoryItemId.equals(r.categoryItemId)
                        : r.categoryItemId == null && Objects.equals(categoryText, r.categoryText)) {
                    return r;
                }
            }
        }
        return districtDefault != null ? districtDefault : inherited;
    }
}

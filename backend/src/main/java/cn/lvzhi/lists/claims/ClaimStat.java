package cn.lvzhi.lists.claims;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One unit's claim rate (认领率) and inspection coverage (检查覆盖率); the target of both is 100%. */
@Type("ClaimStat")
public record ClaimStat(
        @NonNull @Id Long unitId,
        @NonNull @Description("Catalogue items applicable to the unit (认领目录事项数)") int catalogueSize,
        @NonNull @Description("Of those, claimed (已认领)") int claimed,
        @Description("claimed ÷ catalogueSize, 0..1; none for an empty catalogue") Double claimRate,
        @NonNull @Description("The unit's published 行政检查 items (检查事项数)") int inspectionItems,
        @NonNull @Description("Of those, exercised at least once (已实施检查)") int covered,
        @Description("covered ÷ inspectionItems, 0..1; none when the unit has no inspection items") Double coverage) {

    static ClaimStat of(long unitId, int catalogueSize, int claimed, int inspectionItems, int covered) {
        return new ClaimStat(unitId, catalogueSize, claimed, ratio(claimed, catalogueSize), inspectionItems, covered,
                ratio(covered, inspectionItems));
    }

    static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}

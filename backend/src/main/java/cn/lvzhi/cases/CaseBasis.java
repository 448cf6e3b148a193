package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The legal basis (办理依据) a case or hop names: a 权责事项, the version current then, and optionally a 监管责任. */
@Type("CaseBasis")
public record CaseBasis(@Id @NonNull @Description("The power item (stable across its versions)") Long powerItemId,
                        @NonNull @Description("The item's version when it was named") int powerItemVersion,
                        @Description("The supervision duty (监管责任) carried out, as that version words it") String supervisionDuty) {

    /** The basis as GraphQL shows it; null when none is named. */
    public static CaseBasis of(NamedBasis b) {
        return b == null || b.itemId == null ? null : new CaseBasis(b.itemId, b.itemVersion, b.duty);
    }
}

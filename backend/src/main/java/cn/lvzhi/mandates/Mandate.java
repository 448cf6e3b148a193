package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A unit's mandate (“三定”规定): its duties, internal offices and staffing, resolved as nested fields. */
@Type("Mandate")
public record Mandate(@NonNull @Id Long unitId) {
}

package cn.lvzhi.lists;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One difference between two versions of an item: a field path with its value before and after (as text). */
@Type("FieldChange")
public record FieldChange(@NonNull @Description("e.g. name, power.legalBasis, boundary.cooperating[1].responsibility") String path,
                          String before, String after) {
}

package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How many 待办 items of one kind wait for the caller, and how many of them are overdue. */
@Type("TodoCount")
public record TodoCount(@NonNull TodoKind kind, @NonNull int count, @NonNull int overdue) {
}

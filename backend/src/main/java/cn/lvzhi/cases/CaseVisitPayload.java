package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of recording a return visit (回访). */
@Type("CaseVisitPayload")
public record CaseVisitPayload(@NonNull CaseVisit visit) {
}

package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of reporting, accepting, closing or cancelling a case. */
@Type("CasePayload")
public record CasePayload(@Name("case") @NonNull Case caseFile) {
}

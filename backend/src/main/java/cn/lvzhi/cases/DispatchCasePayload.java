package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** Result of dispatching a case: the case and the dispatches created. */
@Type("DispatchCasePayload")
public record DispatchCasePayload(@Name("case") @NonNull Case caseFile, @NonNull List<@NonNull Dispatch> dispatches) {
}

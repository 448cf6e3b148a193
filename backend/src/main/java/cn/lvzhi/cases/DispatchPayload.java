package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of signing for, refusing or replying to a dispatch. */
@Type("DispatchPayload")
public record DispatchPayload(@NonNull Dispatch dispatch, @Name("case") @NonNull Case caseFile) {
}

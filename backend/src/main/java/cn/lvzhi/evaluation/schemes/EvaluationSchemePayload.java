package cn.lvzhi.evaluation.schemes;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of creating, saving, activating or superseding a scheme: the scheme written (for a new version, the new draft). */
@Type("EvaluationSchemePayload")
public record EvaluationSchemePayload(@NonNull EvaluationScheme scheme) {
}

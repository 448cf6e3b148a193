package cn.lvzhi.investigations;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of opening, recording a finding of or concluding an investigation. */
@Type("InvestigationPayload")
public record InvestigationPayload(@NonNull Investigation investigation) {
}

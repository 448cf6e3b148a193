package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The finding as recorded. */
@Type("DutyFindingPayload")
public record DutyFindingPayload(@NonNull DutyFinding finding) {
}

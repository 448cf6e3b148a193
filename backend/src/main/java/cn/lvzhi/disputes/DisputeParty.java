package cn.lvzhi.disputes;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A co-operating unit a dispute's decision names, with its responsibility. */
@Type("DisputeParty")
public record DisputeParty(@Id @NonNull Long unitId, @NonNull String responsibility) {
}

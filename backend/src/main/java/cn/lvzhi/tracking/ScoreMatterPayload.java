package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;

/** Result of scoring a matter: the scores and the matter's result. */
@Type("ScoreMatterPayload")
public record ScoreMatterPayload(@NonNull List<@NonNull MatterScore> scores, BigDecimal result) {
}

package cn.lvzhi.tracking;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * What every change in follow-up (跟踪问效) looks up first, the same way: the tree path of the unit it concerns, the
 * round the actor manages, the matter as part of a round, and the refusal of a stale version.
 */
@ApplicationScoped
class TrackingTargets {
    static final String NOT_IN_ROUND = "该事项不在本批次问效范围内 (the matter is not in this round's scope)";

    private final TrackingReads reads;
    private final UnitReads units;

    TrackingTargets(TrackingReads reads, UnitReads units) {
        this.reads = reads;
        this.units = units;
    }

    /** A CONFLICT naming what changed under the caller and its current version. */
    static ConflictException stale(String what, int current) {
        return new ConflictException(what + "已被他人修改（当前版本 " + current + "），请刷新后重试 (stale version; current is "
                + current + ")");
    }

    /** The tree path of the unit; VALIDATION on the field when there is no such unit. */
    Uni<String> pathOf(long unitId, String field) {
        return units.pathsOf(List.of(unitId)).map(paths -> {
            String path = paths.get(unitId);
            if (path == null) {
                throw new ValidationException(field, "单位不存在 (unit not found)");
            }
            return path;
        });
    }

    /** The round, loaded for change, once the actor sees it (else NOT_FOUND) and manages it (else FORBIDDEN). */
    Uni<TrackingRound> managedRound(ScopedActor actor, long roundId) {
        return reads.round(actor, roundId).chain(visible -> {
            TrackingPolicy.manage(actor, visible.regionPath).orThrow();
            return TrackingRound.<TrackingRound>findById(roundId);
        });
    }

    /** The matter as part of the round; NOT_FOUND when the actor does not see it or it is not in the round. */
    Uni<RoundMatter> roundMatter(ScopedActor actor, long roundId, long matterId) {
        return reads.matter(actor, matterId).chain(m -> RoundMatter.of(roundId, matterId)).map(rm -> {
                    if (rm == null || !rm.included) {
                        throw new NotFoundException(NOT_IN_ROUND);
                    }
                    return rm;
                });
    }
}

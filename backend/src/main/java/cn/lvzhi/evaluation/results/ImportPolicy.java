package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.List;

/**
 * Who may import the figures of IMPORTED indicators (外部导入指标) and for which source body. 编办 of the region imports
 * for any body. An outside body imports only the indicators whose {@code sourceBody} names it: a DISCIPLINE user
 * (纪委监委) those whose body contains “纪委” or “监委” (纪委监委, 区纪委监委…), an ORGANISATION user (组织部) those whose
 * body contains “组织部” (组织部, 区委组织部…). Nobody imports into a published round.
 */
public final class ImportPolicy {
    static final String OFFICE_OR_BODY = "只有本辖区编办或提供数据的机关（纪委监委、组织部）可以导入指标数据 "
            + "(only the establishment office or the supplying body imports figures)";
    static final String OWN_BODY = "只能导入本机关提供的指标数据 (a body imports only the indicators it supplies)";
    static final String PUBLISHED = "评估结果已公布，不能再导入指标数据 (the round is published; figures can no longer be imported)";
    private static final List<String> DISCIPLINE_NAMES = List.of("纪委", "监委");
    private static final List<String> ORGANISATION_NAMES = List.of("组织部");

    private ImportPolicy() {
    }

    /** Whether the round exists for the actor as an import target: its region is the actor's. */
    public static boolean seesRound(ScopedActor actor, String roundRegion) {
        return !actor.actor().system() && actor.regionHolds(roundRegion);
    }

    /** May the actor import figures supplied by {@code sourceBody} into a round of the region at {@code stage}? */
    public static Decision importFigures(ScopedActor actor, String roundRegion, EvaluationStage stage, String sourceBody) {
        Decision who = supplier(actor, roundRegion, sourceBody);
        if (!who.allowed()) {
            return who;
        }
        return stage == EvaluationStage.PUBLISHED ? Decision.refuse(PUBLISHED) : Decision.ALLOW;
    }

    /** May the actor import figures into the round at all (for some body)? */
    public static Decision importer(ScopedActor actor, String roundRegion, EvaluationStage stage) {
        if (!seesRound(actor, roundRegion) || !actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.ORGANISATION)) {
            return Decision.refuse(OFFICE_OR_BODY);
        }
        return stage == EvaluationStage.PUBLISHED ? Decision.refuse(PUBLISHED) : Decision.ALLOW;
    }

    private static Decision supplier(ScopedActor actor, String roundRegion, String sourceBody) {
        if (!seesRound(actor, roundRegion)) {
            return Decision.refuse(OFFICE_OR_BODY);
        }
        if (actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Decision.ALLOW;
        }
        if (actor.has(Role.DISCIPLINE) || actor.has(Role.ORGANISATION)) {
            return names(actor, sourceBody) ? Decision.ALLOW : Decision.refuse(OWN_BODY);
        }
        return Decision.refuse(OFFICE_OR_BODY);
    }

    /** Whether {@code sourceBody} names the actor's own body. */
    static boolean names(ScopedActor actor, String sourceBody) {
        if (sourceBody == null) {
            return false;
        }
        List<String> own = actor.has(Role.DISCIPLINE) ? DISCIPLINE_NAMES
                : actor.has(Role.ORGANISATION) ? ORGANISATION_NAMES : List.of();
        return own.stream().anyMatch(sourceBody::contains);
    }
}

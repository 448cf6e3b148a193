package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every change of a round looks up first, the same way: the round the actor manages, or the round the actor's
 * unit submits in, the scheme's indicators, a unit's place in the round, and the refusal of a stale version.
 */
@ApplicationScoped
class RoundTargets {
    static final String NOT_IN_ROUND = "该单位不在本批次评估范围内 (the unit is not in this round)";
    static final String SCORE_NOT_FOUND = "评分记录不存在 (score not found)";

    private final RoundReads reads;

    RoundTargets(RoundReads reads) {
        this.reads = reads;
    }

    static ConflictException stale(String what, int current) {
        return new ConflictException(what + "已被他人修改（当前版本 " + current + "），请刷新后重试 (stale version; current is "
                + current + ")");
    }

    /** The round, loaded for change, once the actor sees it (else NOT_FOUND) and runs it (else FORBIDDEN). */
    Uni<EvaluationRound> managedRound(ScopedActor actor, long roundId) {
        return reads.access(actor, roundId).chain(a -> {
            RoundPolicy.manage(actor, a.round().regionPath).orThrow();
            return EvaluationRound.<EvaluationRound>findById(roundId);
        });
    }

    /** The round, loaded for change, once the actor sees it and submits in it as its own unit (else FORBIDDEN). */
    Uni<EvaluationRound> ownRound(ScopedActor actor, long roundId) {
        return reads.access(actor, roundId).chain(a -> {
            RoundPolicy.submitFor(actor, a.view(), actor.unitId()).orThrow();
            return EvaluationRound.<EvaluationRound>findById(roundId);
        });
    }

    /** The round's scheme document. */
    static Uni<SchemeDocument> document(EvaluationRound round) {
        return EvaluationScheme.<EvaluationScheme>findById(round.schemeId).map(x -> x.document);
    }

    /** The unit's place in the round; VALIDATION on the field when it is not in scope. */
    static Uni<RoundUnit> roundUnit(long roundId, long unitId, String field) {
        return RoundUnit.<RoundUnit>findById(new RoundUnit.Key(roundId, unitId)).map(ru -> {
            if (ru == null) {
                throw new ValidationException(field, NOT_IN_ROUND);
            }
            return ru;
        });
    }

    /** The unit's score rows in the round, by indicator code. */
    static Uni<Map<String, Score>> scoresOf(long roundId, long unitId) {
        return Score.<Score>list("roundId = ?1 and unitId = ?2 order by id", roundId, unitId).map(rows -> {
            Map<String, Score> byCode = new HashMap<>();
            rows.forEach(s -> byCode.put(s.indicatorCode, s));
            return byCode;
        });
    }

    /** The applicable score row of an indicator a mark or entry names; VALIDATION at the field otherwise. */
    static Score applicableRow(Map<String, Score> rows, String code, String field) {
        Score row = rows.get(code);
        if (row == null) {
            throw new ValidationException(field, "指标 " + code + " 不存在或不是末级指标 (no such leaf indicator)");
        }
        if (row.notApplicable) {
            throw new ValidationException(field, "指标 " + code + " 对本单位不适用 (the indicator does not apply to the unit)");
        }
        return row;
    }

    /** The indicator node of a leaf (the scheme of a round never changes). */
    static IndicatorNode node(SchemeDocument doc, String code) {
        return doc.node(code).orElseThrow(() -> new NotFoundException("指标 " + code + " 不存在 (indicator not found)"));
    }

    /** Whether a leaf applies to a category: it and every ancestor name the category (or none). */
    static boolean applies(SchemeDocument doc, IndicatorNode node, EvaluationCategory category) {
        for (IndicatorNode n = node; n != null; n = n.parentCode() == null ? null : doc.node(n.parentCode()).orElse(null)) {
            if (!n.appliesTo(category)) {
                return false;
            }
        }
        return true;
    }

    /** Throws VALIDATION at the field unless every file exists and belongs to the unit. */
    static Uni<Void> requireOwnFiles(List<Long> fileIds, long unitId, String field) {
        if (fileIds == null || fileIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Long> distinct = fileIds.stream().distinct().toList();
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select count(*) from evaluation_file where id in (:ids) and owner_unit_id = :unit", Long.class)
                .setParameter("ids", distinct).setParameter("unit", unitId).getSingleResult())
                .invoke(n -> {
                    if (n != distinct.size()) {
                        throw new ValidationException(field, "佐证文件不存在或不属于本单位 (a file does not exist or is not the unit's own)");
                    }
                }).replaceWithVoid();
    }
}

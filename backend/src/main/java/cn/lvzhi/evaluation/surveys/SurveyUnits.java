package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.Unit;
import io.smallrye.mutiny.Uni;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units a questionnaire may name — the departments and townships of its region (those a round evaluates) — and the
 * round it may serve (one of the region's).
 */
final class SurveyUnits {
    static final String ROUND_NOT_FOUND = "评估批次不存在 (round not found)";

    private SurveyUnits() {
    }

    /** The ids, distinct, once each is a department or township of the region; VALIDATION naming the first that is not. */
    static Uni<List<Long>> check(String regionPath, List<Long> ids, String field) {
        List<Long> distinct = ids == null ? List.of() : ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String[] segments = regionPath.split("/");
        long regionUnit = Long.parseLong(segments[segments.length - 1]);
        return Unit.<Unit>list("id in ?1", distinct).map(units -> {
            Map<Long, Unit> byId = new HashMap<>();
            units.forEach(u -> byId.put(u.id, u));
            for (int i = 0; i < distinct.size(); i++) {
                Unit u = byId.get(distinct.get(i));
                if (u == null || u.parentId == null || u.parentId != regionUnit || EvaluationCategory.of(u.kind, u.category) == null) {
                    throw new ValidationException(field + "[" + ids.indexOf(distinct.get(i)) + "]", "单位 " + distinct.get(i)
                            + " 不是本辖区的部门或乡镇（街道） (not a department or township of the region)");
                }
            }
            return distinct;
        });
    }

    /** Nothing when {@code roundId} is null or a round of the region; else VALIDATION. */
    static Uni<Void> round(String regionPath, Long roundId, String field) {
        if (roundId == null) {
            return Uni.createFrom().voidItem();
        }
        return EvaluationRound.<EvaluationRound>findById(roundId).invoke(r -> {
            if (r == null || !r.regionPath.equals(regionPath)) {
                throw new ValidationException(field, ROUND_NOT_FOUND);
            }
        }).replaceWithVoid();
    }
}

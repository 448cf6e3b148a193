package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The units a round may evaluate (评估对象) — the departments and townships directly under the region's government,
 * each in its evaluation category — and the rows a unit gets when it enters a round: its place with the category
 * frozen, a submission per form with its deadlines, and a score row per leaf indicator (not applicable where the leaf
 * does not apply to its category, never 0).
 */
final class RoundScope {
    private RoundScope() {
    }

    /** The deadlines of one form for one unit. */
    record Deadline(OffsetDateTime dueAt, OffsetDateTime locksAt) {
    }

    /** The id of the region's government: the last id of its path ('/1/38/' → 38). */
    static long regionUnitId(String regionPath) {
        String[] ids = regionPath.split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    /** The evaluable units of the region, by id, each with its category. */
    static Uni<Map<Long, EvaluationCategory>> candidates(String regionPath) {
        return Unit.<Unit>list("parentId = ?1 order by code", regionUnitId(regionPath)).map(units -> {
            Map<Long, EvaluationCategory> out = new LinkedHashMap<>();
            for (Unit u : units) {
                EvaluationCategory c = EvaluationCategory.of(u.kind, u.category);
                if (c != null) {
                    out.put(u.id, c);
                }
            }
            return out;
        });
    }

    /** The units chosen by category and by id; VALIDATION naming the first picked id that is not evaluable here. */
    static Map<Long, EvaluationCategory> chosen(Map<Long, EvaluationCategory> candidates, Collection<EvaluationCategory> categories,
                                                List<Long> unitIds, String field) {
        Map<Long, EvaluationCategory> out = new LinkedHashMap<>();
        candidates.forEach((id, c) -> {
            if (categories != null && categories.contains(c)) {
                out.put(id, c);
            }
        });
        List<Long> picked = unitIds == null ? List.of() : unitIds;
        for (int i = 0; i < picked.size(); i++) {
            EvaluationCategory c = candidates.get(picked.get(i));
            if (c == null) {
                throw new ValidationException(field + "[" + i + "]", "单位 " + picked.get(i)
                        + " 不是本辖区参加履职评估的部门或乡镇（街道） (not a department or township of the region)");
            }
            out.put(picked.get(i), c);
        }
        return out;
    }

    /** Persists the places, submissions and score rows of the units in the round, each unit with its deadlines. */
    static Uni<Void> enterAll(long roundId, Map<Long, EvaluationCategory> units, SchemeDocument doc,
                              Function<Long, Map<SubmissionForm, Deadline>> deadlines) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var e : units.entrySet()) {
            chain = chain.chain(() -> enter(roundId, e.getKey(), e.getValue(), doc, deadlines.apply(e.getKey())));
        }
        return chain.chain(() -> Panache.getSession().chain(s -> s.flush()));
    }

    /** Persists the unit's place, submissions and score rows in the round. */
    static Uni<Void> enter(long roundId, long unitId, EvaluationCategory category, SchemeDocument doc,
                           Map<SubmissionForm, Deadline> deadlines) {
        RoundUnit ru = new RoundUnit();
        ru.roundId = roundId;
        ru.unitId = unitId;
        ru.category = category;
        List<Object> rows = new ArrayList<>();
        rows.add(ru);
        deadlines.forEach((form, d) -> rows.add(Submission.pending(roundId, unitId, form, d.dueAt(), d.locksAt())));
        for (IndicatorNode leaf : doc.leaves()) {
            Score s = new Score();
            s.roundId = roundId;
            s.unitId = unitId;
            s.indicatorCode = leaf.code();
            s.notApplicable = !RoundTargets.applies(doc, leaf, category);
            s.selfFileIds = new ArrayList<>();
            s.replyFileIds = new ArrayList<>();
            rows.add(s);
        }
        return RoundUnit.persist(rows);
    }
}

package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.evaluation.schemes.LeafFigure;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.Scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a round's results are computed from, read once: the round, its scheme, the units in scope with their
 * frozen category, the score rows by unit, and what each leaf's figure is (rate, count…). Totals are computed lazily,
 * once per unit.
 */
record RoundData(EvaluationRound round, SchemeDocument scheme, List<UnitInScope> units, Map<Long, List<Score>> scores,
                 Map<String, LeafFigure> figures, Map<Long, Scoring.Total> totals) {

    /** A unit in the round's scope. */
    record UnitInScope(long id, String code, String name, String path, EvaluationCategory category) {
    }

    RoundData(EvaluationRound round, SchemeDocument scheme, List<UnitInScope> units, Map<Long, List<Score>> scores,
              Map<String, LeafFigure> figures) {
        this(round, scheme, units, scores, figures, new HashMap<>());
    }

    /** What the figure of a leaf is (a plain number for a code the scheme lacks). */
    LeafFigure figure(String code) {
        return figures.getOrDefault(code, LeafFigure.NUMBER);
    }

    UnitInScope unit(long unitId) {
        return units.stream().filter(u -> u.id() == unitId).findFirst().orElse(null);
    }

    List<Score> scoresOf(long unitId) {
        return scores.getOrDefault(unitId, List.of());
    }

    Scoring.Total total(UnitInScope unit) {
        return totals.computeIfAbsent(unit.id(), id -> UnitTotals.total(scheme, unit.category(), scoresOf(id)));
    }

    Map<String, Scoring.LeafScore> leaves(UnitInScope unit) {
        return UnitTotals.leaves(scheme, unit.category(), scoresOf(unit.id()));
    }
}

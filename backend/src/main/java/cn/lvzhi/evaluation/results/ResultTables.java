package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.results.RoundData.UnitInScope;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.LeafFigure;
import cn.lvzhi.evaluation.schemes.Scoring;
import cn.lvzhi.org.ScopedActor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the results' tables from a round's data once the caller's sight is known: the rows with rank and change, a
 * unit's breakdown, the dashboard. Pure apart from the data handed in.
 */
final class ResultTables {
    private static final int WEAKEST = 10;

    private ResultTables() {
    }

    /** Every unit's place in its category, when the caller sees the whole round; else the reason there is none. */
    static Map<Long, Ranking.Place> places(ScopedActor actor, RoundData data) {
        Map<Long, Ranking.Place> places = new HashMap<>();
        boolean whole = ResultsPolicy.seesWholeRound(actor, data.round().regionPath, data.round().stage);
        Map<EvaluationCategory, List<Ranking.Entry>> byCategory = new EnumMap<>(EvaluationCategory.class);
        for (UnitInScope u : data.units()) {
            if (!whole) {
                places.put(u.id(), new Ranking.Place(null, ResultsPolicy.RANK_AFTER_PUBLICATION));
                continue;
            }
            byCategory.computeIfAbsent(u.category(), c -> new ArrayList<>()).add(new Ranking.Entry(u.id(), data.total(u).normalised()));
        }
        byCategory.values().forEach(entries -> places.putAll(Ranking.rank(entries, data.round().minRankSample)));
        return places;
    }

    static EvaluationResultRow row(ScopedActor actor, RoundData data, RoundData prev, UnitInScope u, Ranking.Place place) {
        Scoring.Total total = data.total(u);
        BigDecimal previousTotal = null;
        UnitTotals.Change change = new UnitTotals.Change(null, 0);
        UnitInScope before = prev == null ? null : prev.unit(u.id());
        EvaluationComparison comparison;
        if (prev == null) {
            comparison = EvaluationComparison.NO_PREVIOUS_ROUND;
        } else if (before == null) {
            comparison = EvaluationComparison.NOT_IN_PREVIOUS_ROUND;
        } else if (!ResultsReads.visible(ResultsReads.sight(actor, prev, before))) {
            comparison = EvaluationComparison.PREVIOUS_NOT_VISIBLE;
        } else {
            previousTotal = prev.total(before).normalised();
            change = UnitTotals.compare(data.scheme(), u.category(), data.leaves(u), prev.scheme(), before.category(), prev.leaves(before));
            comparison = change.change() == null ? EvaluationComparison.NO_COMPARABLE_INDICATORS : EvaluationComparison.COMPARED;
        }
        return new EvaluationResultRow(u.id(), u.code(), u.name(), u.category(), total.normalised(), total.earned(),
                total.applicable(), total.complete(), place.rank(), place.unrankedReason(), previousTotal, change.change(),
                change.compared(), comparison);
    }

    static EvaluationResultList list(ScopedActor actor, RoundData data, RoundData prev, EvaluationCategory category) {
        Map<Long, Ranking.Place> places = places(actor, data);
        List<EvaluationResultRow> rows = data.units().stream()
                .filter(u -> category == null || u.category() == category)
                .filter(u -> ResultsReads.visible(ResultsReads.sight(actor, data, u)))
                .map(u -> row(actor, data, prev, u, places.get(u.id())))
                .sorted(Comparator.comparing(EvaluationResultRow::category)
                        .thenComparing(EvaluationResultRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EvaluationResultRow::unitCode))
                .toList();
        Map<EvaluationCategory, Integer> counts = new EnumMap<>(EvaluationCategory.class);
        data.units().forEach(u -> counts.merge(u.category(), 1, Integer::sum));
        List<CategoryRanking> categories = rows.stream().map(EvaluationResultRow::category).distinct().map(c -> {
            int n = counts.get(c);
            boolean ranked = n >= data.round().minRankSample;
            return new CategoryRanking(c, n, ranked, ranked ? null : Ranking.belowSample(n, data.round().minRankSample));
        }).toList();
        return new EvaluationResultList(data.round().id, data.round().name, data.round().stage, provisional(data),
                data.round().periodStart, data.round().periodEnd, data.round().minRankSample,
                prev == null ? null : prev.round().name, categories, rows);
    }

    static boolean provisional(RoundData data) {
        return data.round().stage != EvaluationStage.PUBLISHED;
    }

    static EvaluationUnitResult breakdown(ScopedActor actor, RoundData data, RoundData prev, UnitInScope u,
                                          Map<Long, String> notes, List<EvaluationProblem> problems) {
        EvaluationResultRow row = row(actor, data, prev, u, places(actor, data).get(u.id()));
        Map<String, Score> scores = new HashMap<>();
        data.scoresOf(u.id()).forEach(s -> scores.put(s.indicatorCode, s));
        UnitInScope before = prev == null ? null : prev.unit(u.id());
        boolean comparable = before != null && ResultsReads.visible(ResultsReads.sight(actor, prev, before));
        Map<String, Scoring.LeafScore> previousLeaves = comparable ? prev.leaves(before) : Map.of();
        Map<String, Score> previousScores = new HashMap<>();
        if (comparable) {
            prev.scoresOf(before.id()).forEach(s -> previousScores.put(s.indicatorCode, s));
        }
        List<ResultNode> nodes = new ArrayList<>();
        for (Scoring.NodeResult n : data.total(u).nodes()) {
            IndicatorNode node = n.node();
            boolean leaf = data.scheme().isLeaf(node.code());
            Score s = leaf ? scores.get(node.code()) : null;
            IndicatorNode counterpart = leaf && comparable ? UnitTotals.counterpart(node, prev.scheme()) : null;
            Score p = counterpart == null ? null : previousScores.get(counterpart.code());
            Scoring.LeafScore pl = counterpart == null ? null : previousLeaves.get(counterpart.code());
            LeafFigure figure = leaf ? data.figure(node.code()) : null;
            nodes.add(new ResultNode(node.code(), node.parentCode(), n.depth(), node.name(), n.points(), n.applicable(),
                    n.score(), n.capped(), leaf, leaf ? RuleWords.of(node.rule(), n.points(), figure) : null,
                    leaf && node.rule() != null ? node.rule().kind() : null, s == null ? null : s.figure,
                    leaf ? figure.kind() : null, leaf ? figure.unit() : null,
                    s == null ? null : s.figureNumerator, s == null ? null : s.figureDenominator,
                    leaf ? node.source() : null, leaf ? node.sourceBody() : null, s == null ? null : reason(s),
                    s == null ? null : s.id, s == null ? null : notes.get(s.id),
                    p == null ? null : p.figure, pl == null || pl.notApplicable() ? null : pl.points()));
        }
        return new EvaluationUnitResult(data.round().id, data.round().name, data.round().stage, provisional(data),
                data.round().periodStart, data.round().periodEnd, row, nodes, problems);
    }

    /** Why points were deducted or added: the final mark's reason, else the first mark's. */
    static String reason(Score s) {
        return s.finalReason != null && !s.finalReason.isBlank() ? s.finalReason : s.firstReason;
    }

    static EvaluationDashboard dashboard(RoundData data, List<RoundData> rounds) {
        Map<EvaluationCategory, List<DashboardUnit>> byCategory = new EnumMap<>(EvaluationCategory.class);
        for (UnitInScope u : data.units()) {
            byCategory.computeIfAbsent(u.category(), c -> new ArrayList<>())
                    .add(new DashboardUnit(u.id(), u.name(), data.total(u).normalised()));
        }
        List<DashboardCategory> categories = byCategory.entrySet().stream().map(e -> {
            List<DashboardUnit> units = e.getValue().stream().sorted(Comparator.comparing(DashboardUnit::total,
                    Comparator.nullsLast(Comparator.reverseOrder()))).toList();
            return new DashboardCategory(e.getKey(), average(units.stream().map(DashboardUnit::total).toList()), units);
        }).toList();
        List<DashboardPeriod> periods = new ArrayList<>();
        for (RoundData r : rounds) {
            List<BigDecimal> totals = r.units().stream().map(u -> r.total(u).normalised()).toList();
            periods.add(0, new DashboardPeriod(r.round().id, r.round().name, r.round().periodStart, r.round().periodEnd,
                    average(totals), r.units().size()));
        }
        return new EvaluationDashboard(data.round().id, data.round().name, provisional(data), categories, periods, weakest(data));
    }

    /** The leaves with the lowest average share of points earned across the round's units (top 10). */
    static List<WeakIndicator> weakest(RoundData data) {
        List<WeakIndicator> all = new ArrayList<>();
        Map<Long, Map<String, Scoring.LeafScore>> leaves = new HashMap<>();
        data.units().forEach(u -> leaves.put(u.id(), data.leaves(u)));
        for (IndicatorNode leaf : data.scheme().leaves()) {
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal points = BigDecimal.ZERO;
            int units = 0;
            for (UnitInScope u : data.units()) {
                Scoring.LeafScore s = leaf.appliesTo(u.category()) ? leaves.get(u.id()).get(leaf.code()) : null;
                if (s != null && !s.notApplicable() && s.points() != null && leaf.pointsFor(u.category()).signum() > 0) {
                    earned = earned.add(s.points());
                    points = points.add(leaf.pointsFor(u.category()));
                    units++;
                }
            }
            if (units > 0) {
                all.add(new WeakIndicator(leaf.code(), leaf.name(), UnitTotals.share(earned, points), units));
            }
        }
        return all.stream().sorted(Comparator.comparing(WeakIndicator::averageShare).thenComparing(WeakIndicator::code))
                .limit(WEAKEST).toList();
    }

    static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }
}

package cn.lvzhi.evaluation.computations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A round's computed figures flattened into the columns {@link RoundFigures} writes with unnest(): one entry per
 * (unit, indicator), and the evidence rows of each, cut to their columns' lengths.
 */
final class Scores {
    private static final int LABEL_MAX = 300;
    private static final int CODE_MAX = 64;

    final List<Long> units = new ArrayList<>();
    final List<String> codes = new ArrayList<>();
    final List<Boolean> na = new ArrayList<>();
    final List<String> values = new ArrayList<>();
    final List<String> numerators = new ArrayList<>();
    final List<String> denominators = new ArrayList<>();
    private final List<List<EvidenceRow>> rows = new ArrayList<>();
    private final Set<String> indicators = new HashSet<>();

    Scores(List<? extends Computed> computed) {
        computed.forEach(this::add);
    }

    /** One leaf's figures: what {@link RoundFigures} hands over. */
    interface Computed {
        String indicatorCode();

        Map<Long, ComputedFigure> figures();
    }

    private void add(Computed c) {
        if (c.figures().isEmpty()) {
            return;
        }
        indicators.add(c.indicatorCode());
        c.figures().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ComputedFigure f = e.getValue();
            units.add(e.getKey());
            codes.add(c.indicatorCode());
            na.add(!f.applicable());
            values.add(text(f.value()));
            numerators.add(text(f.numerator()));
            denominators.add(text(f.denominator()));
            rows.add(f.rows());
        });
    }

    static String key(long unitId, String indicatorCode) {
        return unitId + "/" + indicatorCode;
    }

    int size() {
        return units.size();
    }

    int unitCount() {
        return new HashSet<>(units).size();
    }

    int indicatorCount() {
        return indicators.size();
    }

    int notApplicable() {
        return (int) na.stream().filter(Boolean::booleanValue).count();
    }

    /** The evidence rows as insert columns: score id, kind, ref id, ref code, label, counted, note, occurred at. */
    List<Object[]> evidence(Map<String, Long> scoreIds) {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Long scoreId = scoreIds.get(key(units.get(i), codes.get(i)));
            for (EvidenceRow r : rows.get(i)) {
                out.add(new Object[]{scoreId, r.kind(), r.refId(), cut(r.refCode(), CODE_MAX), cut(r.label(), LABEL_MAX),
                        r.counted(), r.note(), r.occurredAt() == null ? null : r.occurredAt().toString()});
            }
        }
        return out;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

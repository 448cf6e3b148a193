package cn.lvzhi.evaluation.computations;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the computations share: grouping evidence rows by unit, turning them into counts or rates for every unit asked
 * about (a unit with no rows gets a real 0 for a count, "nothing to count" for a rate), the wording of a lateness,
 * and reading the values of native rows.
 */
final class Figures {
    private Figures() {
    }

    /** The rows of each unit, in the order given; {@code row} may return null for an item that is no evidence. */
    static <T> Map<Long, List<EvidenceRow>> byUnit(List<T> items, Function<T, Long> unit, Function<T, EvidenceRow> row) {
        Map<Long, List<EvidenceRow>> byUnit = new HashMap<>();
        for (T item : items) {
            EvidenceRow r = row.apply(item);
            if (r != null) {
                byUnit.computeIfAbsent(unit.apply(item), k -> new ArrayList<>()).add(r);
            }
        }
        return byUnit;
    }

    /** For each unit, the number of its counted rows. */
    static Map<Long, ComputedFigure> counts(Set<Long> unitIds, Map<Long, List<EvidenceRow>> rows) {
        Map<Long, ComputedFigure> figures = new HashMap<>();
        for (Long unit : unitIds) {
            List<EvidenceRow> own = rows.getOrDefault(unit, List.of());
            figures.put(unit, ComputedFigure.count(own.stream().filter(EvidenceRow::counted).count(), own));
        }
        return figures;
    }

    /** For each unit, its counted rows ÷ all its rows. */
    static Map<Long, ComputedFigure> rates(Set<Long> unitIds, Map<Long, List<EvidenceRow>> rows) {
        Map<Long, ComputedFigure> figures = new HashMap<>();
        for (Long unit : unitIds) {
            List<EvidenceRow> own = rows.getOrDefault(unit, List.of());
            figures.put(unit, ComputedFigure.rate(own.stream().filter(EvidenceRow::counted).count(), own.size(), own));
        }
        return figures;
    }

    /** "超期 3 天", "超期 5 小时" or "超期 20 分钟": how late, in the largest whole unit. */
    static String late(Duration delay) {
        if (delay.toDays() >= 1) {
            return "超期 " + delay.toDays() + " 天";
        }
        if (delay.toHours() >= 1) {
            return "超期 " + delay.toHours() + " 小时";
        }
        return "超期 " + Math.max(1, delay.toMinutes()) + " 分钟";
    }

    /** A number as it is written in a note: 0.5, 85, 85.5. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A timestamp or date column of a native row as an instant (a date: its start in Beijing). */
    static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.atZone(EvaluationPeriod.BUSINESS_ZONE).toOffsetDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay(EvaluationPeriod.BUSINESS_ZONE).toOffsetDateTime();
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(EvaluationPeriod.BUSINESS_ZONE).toOffsetDateTime();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }
}

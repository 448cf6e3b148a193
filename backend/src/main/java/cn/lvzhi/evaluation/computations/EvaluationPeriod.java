package cn.lvzhi.evaluation.computations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The period a figure covers: whole days from {@code start} to {@code end} inclusive, in Beijing time. */
public record EvaluationPeriod(LocalDate start, LocalDate end) {
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** The first instant of the period. */
    public OffsetDateTime from() {
        return start.atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
    }

    /** The first instant after the period (exclusive bound). */
    public OffsetDateTime until() {
        return end.plusDays(1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
    }
}

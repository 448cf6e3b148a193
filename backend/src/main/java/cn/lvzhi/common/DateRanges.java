package cn.lvzhi.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The valid range of every date the API accepts, checked in one way: a date outside its field's range is
 * VALIDATION naming the field, and the message states the range. Days are business days of Asia/Shanghai.
 */
public final class DateRanges {
    /** The business calendar's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 1949-10-01: no approval, establishment change or staffing decision of this administration is older. */
    public static final LocalDate FOUNDING = LocalDate.of(1949, 10, 1);
    /** The earliest date of records kept in this system (inspections, statistics). */
    public static final LocalDate RECORDS_FROM = LocalDate.of(2000, 1, 1);

    private DateRanges() {
    }

    /** Today in the business calendar. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The date itself when {@code earliest <= date <= latest}; VALIDATION naming the field and the range otherwise. */
    public static LocalDate within(String field, LocalDate date, LocalDate earliest, LocalDate latest, String label) {
        if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
            throw new ValidationException(field, label + "须在 " + earliest + " 至 " + latest + " 之间，现为 " + date
                    + " (" + field + " must lie between " + earliest + " and " + latest + ")");
        }
        return date;
    }

    /** Like {@link #within(String, LocalDate, LocalDate, LocalDate, String)} for an instant, by its business day. */
    public static OffsetDateTime within(String field, OffsetDateTime time, LocalDate earliest, LocalDate latest, String label) {
        if (time != null) {
            within(field, time.atZoneSameInstant(ZONE).toLocalDate(), earliest, latest, label);
        }
        return time;
    }

    /**
     * A client's own clock reading (when a phone says it recorded something): at most a day ahead of the server
     * (clocks drift, time zones get mixed up) and at most 30 days behind (an offline phone's queue).
     */
    public static OffsetDateTime clientTime(String field, OffsetDateTime time) {
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        if (time != null && (time.isAfter(now.plusDays(1)) || time.isBefore(now.minusDays(30)))) {
            throw new ValidationException(field, "客户端时间须在服务器时间前 30 天至后 1 天之间，现为 " + time
                    + " (" + field + " must lie between 30 days before and 1 day after the server's time " + now + ")");
        }
        return time;
    }

    /** A year of yearly figures (workload, 业务量): from {@link #RECORDS_FROM}'s year to next year. */
    public static int year(String field, Integer year, String label) {
        int latest = today().getYear() + 1;
        if (year == null || year < RECORDS_FROM.getYear() || year > latest) {
            throw new ValidationException(field, label + "须在 " + RECORDS_FROM.getYear() + " 至 " + latest + " 之间，现为 " + year
                    + " (" + field + " must lie between " + RECORDS_FROM.getYear() + " and " + latest + ")");
        }
        return year;
    }
}

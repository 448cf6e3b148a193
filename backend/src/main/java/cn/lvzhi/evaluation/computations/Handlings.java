package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import cn.lvzhi.cases.HandlingRecordsReads.Timeliness;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The evidence of the dispatch-based computations: a dispatch's row (DISPATCH, with its case's code and title) for its
 * sign-for or handling clock, as {@link cn.lvzhi.cases.HandlingRecordsReads} judges them, and the on-time rate over
 * a set of dispatches.
 */
final class Handlings {
    private Handlings() {
    }

    /** The row of a dispatch whose sign-for was late: when signed, or its deadline while still unsigned. */
    static EvidenceRow lateSignFor(Handling h, OffsetDateTime asOf) {
        String note = Figures.late(h.signForDelay(asOf)) + (h.signedAt() != null ? "签收" : "，尚未签收");
        return row(h, true, note, h.signedAt() != null ? h.signedAt() : h.signDeadline());
    }

    /**
     * The row of a dispatch whose reply was late: when replied, or its deadline while still unanswered; {@code counted}
     * when the lateness is what is counted.
     */
    static EvidenceRow lateReply(Handling h, OffsetDateTime asOf, boolean counted) {
        String note = Figures.late(h.replyDelay(asOf)) + (h.repliedAt() != null ? "办结反馈" : "，尚未办结反馈");
        return row(h, counted, note, h.repliedAt() != null ? h.repliedAt() : h.handleDeadline());
    }

    /**
     * The on-time rate over these dispatches by unit: each replied by its handling deadline counts; a late one, or one
     * past its deadline without a reply, is in the denominator only; refused and still-running dispatches are no rows.
     */
    static Map<Long, ComputedFigure> onTimeRate(Set<Long> unitIds, List<Handling> handlings, OffsetDateTime asOf) {
        return Figures.rates(unitIds, Figures.byUnit(handlings, Handling::unitId, h -> switch (h.reply(asOf)) {
            case ON_TIME -> row(h, true, "按时办结反馈", h.repliedAt());
            case LATE -> lateReply(h, asOf, false);
            case PENDING, REFUSED -> null;
        }));
    }

    /** The late ones of a clock, counted by unit. */
    static Map<Long, ComputedFigure> lateCount(Set<Long> unitIds, List<Handling> handlings,
                                               Function<Handling, Timeliness> clock, Function<Handling, EvidenceRow> row) {
        return Figures.counts(unitIds, Figures.byUnit(handlings, Handling::unitId,
                h -> clock.apply(h) == Timeliness.LATE ? row.apply(h) : null));
    }

    private static EvidenceRow row(Handling h, boolean counted, String note, OffsetDateTime at) {
        return new EvidenceRow("DISPATCH", h.dispatchId(), h.caseCode(), h.caseTitle(), counted, note, at);
    }
}

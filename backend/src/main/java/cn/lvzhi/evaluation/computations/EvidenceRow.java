package cn.lvzhi.evaluation.computations;

import java.time.OffsetDateTime;

/**
 * One row behind a computed figure (drill-down): what it is ({@code kind}: CASE, DISPATCH, RATING, REMINDER,
 * LIST_ITEM, MILESTONE, SUBMISSION, TRACKING_REVIEW…), its id and readable code, a label, and whether it counts in the
 * numerator (a satisfied rating, an on-time reply) or only in the denominator.
 */
public record EvidenceRow(String kind, long refId, String refCode, String label, boolean counted, String note,
                          OffsetDateTime occurredAt) {
}

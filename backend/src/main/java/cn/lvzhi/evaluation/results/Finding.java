package cn.lvzhi.evaluation.results;

/**
 * A problem found by any part of an evaluation, to be raised for the rectification ledger: the unit that must
 * rectify it, what found it ({@code source} and its row), and what it concerns (each optional: a goal, an indicator of
 * the round's scheme, a list item, a case, a mandate duty).
 */
public record Finding(Long roundId, long unitId, ProblemSource source, Long sourceId, String description,
                      Long goalId, String indicatorCode, Long listItemId, Long caseId, Long dutyId) {

    /** A finding concerning nothing more than its unit and source. */
    public static Finding of(Long roundId, long unitId, ProblemSource source, Long sourceId, String description) {
        return new Finding(roundId, unitId, source, sourceId, description, null, null, null, null, null);
    }
}

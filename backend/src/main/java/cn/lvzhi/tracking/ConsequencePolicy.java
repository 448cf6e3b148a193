package cn.lvzhi.tracking;

import cn.lvzhi.security.Decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The consequences of a review, applied by the system (结果运用, seed 002): a set-up matter scoring under 60 whose
 * rectification misses its deadline yields a recommendation for the committee; a unit with an overdue rectification has
 * its new establishment applications refused until the office records the rectification.
 */
public final class ConsequencePolicy {
    static final BigDecimal PASS = BigDecimal.valueOf(60);
    /** Below this the set-up is judged not to work at all: merge or abolish; between it and 60: cut posts. */
    static final BigDecimal FAILED_OUTRIGHT = BigDecimal.valueOf(40);

    private ConsequencePolicy() {
    }

    /** A rectification as the rules see it. */
    public record Rectification(long id, String roundName, String requirement, LocalDate deadline, LocalDate doneOn) {
        /** Missed: done after the deadline, or still open after it. */
        public boolean missed(LocalDate today) {
            return doneOn != null ? doneOn.isAfter(deadline) : today.isAfter(deadline);
        }

        /** Overdue now: still open after the deadline. */
        public boolean overdue(LocalDate today) {
            return doneOn == null && today.isAfter(deadline);
        }
    }

    /**
     * The recommendation for a matter, or {@code null}: only a SET_UP matter with a result under 60 and a missed
     * rectification gets one; under 40 it is MERGE_OR_ABOLISH (机构撤并), otherwise CUT_POSTS (核减编制).
     */
    public static RecommendationKind recommendation(MatterKind kind, BigDecimal result, List<Rectification> rectifications,
                                                    LocalDate today) {
        if (kind != MatterKind.SET_UP || result == null || result.compareTo(PASS) >= 0
                || rectifications.stream().noneMatch(r -> r.missed(today))) {
            return null;
        }
        return result.compareTo(FAILED_OUTRIGHT) < 0 ? RecommendationKind.MERGE_OR_ABOLISH : RecommendationKind.CUT_POSTS;
    }

    /** May the unit apply for a new establishment matter? Refused, naming the round and rectification, while one is overdue. */
    public static Decision application(List<Rectification> unitRectifications, LocalDate today) {
        return unitRectifications.stream().filter(r -> r.overdue(today)).findFirst()
                .map(r -> Decision.refuse("暂停受理机构编制事项申请：问效批次“" + r.roundName() + "”的整改事项（第 " + r.id()
                        + " 号：" + r.requirement() + "，期限 " + r.deadline() + "）逾期未完成整改 "
                        + "(applications suspended: rectification " + r.id() + " of round \"" + r.roundName()
                        + "\" is overdue since " + r.deadline() + ")"))
                .orElse(Decision.ALLOW);
    }
}

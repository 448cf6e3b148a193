package cn.lvzhi.cases.stats;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.Comparator;
import java.util.List;

/**
 * Who reads case statistics and how groups are ranked. Leaders, the establishment office, the discipline office and
 * the organisation department read the figures of their whole region; a command centre those of its area; a
 * department or township those of the cases it may see (its own part of them); grid workers, integrated systems
 * and the committee read none.
 */
public final class StatisticsPolicy {
    public static final int DEFAULT_MIN_SAMPLE = 5;
    static final String REFUSED = "只有领导、编办、纪委监委、组织部、指挥中心、部门和镇街可以查看事件统计"
            + " (only leaders, the establishment office, discipline, organisation, command centres, departments and townships read case statistics)";

    private StatisticsPolicy() {
    }

    public static Decision view(ScopedActor a) {
        return regionWide(a) || a.commandArea() != null || a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP)
                ? Decision.ALLOW : Decision.refuse(REFUSED);
    }

    /** True when the actor reads the figures of its whole region. */
    public static boolean regionWide(ScopedActor a) {
        return (a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE) || a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION))
                && a.regionPath() != null;
    }

    /** A share, or null when there is nothing to divide by. */
    public static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** Fills in the rates of a group. */
    public static void rates(StatisticsGroup g) {
        g.satisfactionRate = rate(g.satisfied, g.ratings);
        g.onTimeRate = rate(g.onTime, g.replied);
        g.reopenRate = rate(g.reopened, g.cases);
        g.visitSatisfactionRate = rate(g.visitSatisfied, g.visits);
    }

    /**
     * Ranks the groups with at least {@code minSample} ratings by satisfaction rate, highest first; equal rates
     * share a rank and the next rank skips (1, 2, 2, 4). Groups below the sample are not ranked.
     */
    public static void rank(List<StatisticsGroup> groups, int minSample) {
        List<StatisticsGroup> ranked = groups.stream()
                .peek(g -> {
                    g.ranked = g.ratings >= minSample && g.ratings > 0;
                    g.rank = null;
                })
                .filter(g -> g.ranked)
                .sorted(Comparator.comparing((StatisticsGroup g) -> g.satisfactionRate).reversed())
                .toList();
        for (int i = 0; i < ranked.size(); i++) {
            StatisticsGroup g = ranked.get(i);
            boolean tie = i > 0 && ranked.get(i - 1).satisfactionRate.equals(g.satisfactionRate);
            g.rank = tie ? ranked.get(i - 1).rank : i + 1;
        }
    }
}

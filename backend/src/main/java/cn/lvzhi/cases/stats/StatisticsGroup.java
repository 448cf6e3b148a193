package cn.lvzhi.cases.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The figures of one group (or of all of them: the totals). */
@Type("CaseStatisticsGroup")
public class StatisticsGroup {
    @NonNull
    @Description("The group's key: a unit id, a category, a month (2026-11) or an ISO week (2026-47); 'total' for the totals")
    public String key;
    @NonNull
    @Description("What the group is called: a unit's or a category's name, the month or the week")
    public String label;
    @Description("Number of distinct cases (for HANDLING_UNIT: cases dispatched to the unit)")
    public int cases;
    @Description("Number of dispatches (派单), refused ones included")
    public int dispatches;
    @Description("Cases completed or closed (办结/结案)")
    public int closed;
    @Description("Dispatches replied to (办结反馈)")
    public int replied;
    @Description("Dispatches replied to no later than their handling deadline")
    public int onTime;
    public int ratings;
    public int satisfied;
    public int basicallySatisfied;
    public int unsatisfied;
    @Description("Cases reopened (重办) at least once")
    public int reopened;
    @Description("Return visits (回访) recorded")
    public int visits;
    @Description("Return visits where the reporter was satisfied")
    public int visitSatisfied;
    public int visitBasicallySatisfied;
    public int visitUnsatisfied;
    @Description("重办率 = reopened ÷ cases; null without cases")
    public Double reopenRate;
    @Description("回访满意率 = visitSatisfied ÷ visits; null without visits")
    public Double visitSatisfactionRate;
    @Description("满意率 = satisfied ÷ ratings (basically satisfied does not count as satisfied); null without ratings")
    public Double satisfactionRate;
    @Description("按时办结率 = onTime ÷ replied; null when nothing was replied to")
    public Double onTimeRate;
    @Description("False when the group has fewer ratings than the minimum sample; such groups get no rank")
    public boolean ranked;
    @Description("1 = highest satisfaction rate among the ranked groups (ties share a rank); null when not ranked")
    public Integer rank;

    public StatisticsGroup() {
    }

    public StatisticsGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }
}

package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.rounds.inputs.DeadlineInput;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadlines of a round as 编办 sets them when opening it (报送时限): one pair per form for every unit (the
 * self-assessment's at least; a reply's window is set when the REPLY stage opens), optionally overridden for a unit;
 * each due time no later than its lock. Pure, table-tested.
 */
public final class DeadlinePlan {
    private final Map<SubmissionForm, RoundScope.Deadline> defaults;
    private final Map<Long, Map<SubmissionForm, RoundScope.Deadline>> overrides;

    private DeadlinePlan(Map<SubmissionForm, RoundScope.Deadline> defaults, Map<Long, Map<SubmissionForm, RoundScope.Deadline>> overrides) {
        this.defaults = defaults;
        this.overrides = overrides;
    }

    /** Checks the deadlines of the input (field {@code input.deadlines}); VALIDATION naming the first wrong one. */
    public static DeadlinePlan of(List<DeadlineInput> inputs) {
        Map<SubmissionForm, RoundScope.Deadline> defaults = new EnumMap<>(SubmissionForm.class);
        Map<Long, Map<SubmissionForm, RoundScope.Deadline>> overrides = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            DeadlineInput d = inputs.get(i);
            String field = "input.deadlines[" + i + "]";
            if (d.form == SubmissionForm.REPLY) {
                throw new ValidationException(field + ".form", "申辩时限在进入反馈申辩阶段时设定 (the reply window is set when the REPLY stage opens)");
            }
            DateRanges.within(field + ".dueAt", d.dueAt, DateRanges.RECORDS_FROM, DateRanges.today().plusYears(3), "应报送时间");
            DateRanges.within(field + ".locksAt", d.locksAt, DateRanges.RECORDS_FROM, DateRanges.today().plusYears(3), "锁定时间");
            SubmissionTiming.checkDeadlines(field, d.dueAt, d.locksAt);
            Map<SubmissionForm, RoundScope.Deadline> target = d.unitId == null ? defaults
                    : overrides.computeIfAbsent(d.unitId, k -> new EnumMap<>(SubmissionForm.class));
            if (target.put(d.form, new RoundScope.Deadline(d.dueAt, d.locksAt)) != null) {
                throw new ValidationException(field + ".form", "报送事项 " + d.form + " 的时限重复设定 (the form's deadlines are set twice)");
            }
        }
        if (!defaults.containsKey(SubmissionForm.SELF_ASSESSMENT)) {
            throw new ValidationException("input.deadlines", "须设定自评表的报送时限 (the self-assessment's deadlines are required)");
        }
        for (int i = 0; i < inputs.size(); i++) {
            DeadlineInput d = inputs.get(i);
            if (d.unitId != null && !defaults.containsKey(d.form)) {
                throw new ValidationException("input.deadlines[" + i + "].form", "单位的时限只能调整本批次要求报送的事项 (an override needs the form's deadlines for every unit)");
            }
        }
        return new DeadlinePlan(defaults, overrides);
    }

    /** The units whose deadlines are overridden. */
    public java.util.Set<Long> overriddenUnits() {
        return overrides.keySet();
    }

    /** The deadlines of every form for the unit. */
    public Map<SubmissionForm, RoundScope.Deadline> forUnit(long unitId) {
        Map<SubmissionForm, RoundScope.Deadline> out = new EnumMap<>(defaults);
        out.putAll(overrides.getOrDefault(unitId, Map.of()));
        return out;
    }
}

package cn.lvzhi.testing;

import cn.lvzhi.evaluation.computations.ParamSpec;
import cn.lvzhi.evaluation.computations.ParamSpec.ParamType;

import java.util.List;
import java.util.Map;

/** Test helpers of indicator schemes (评估标准): the registry of computations the common brief names, as schemes see it. */
public final class EvaluationSchemes {
    /** The computations of the evaluation feature by name, with their declared parameters. */
    public static final Map<String, List<ParamSpec>> REGISTRY = Map.ofEntries(
            Map.entry("CASE_SATISFACTION_RATE", List.of(new ParamSpec("countBasicallySatisfied", ParamType.BOOLEAN, "true",
                    "基本满意计入满意"))),
            Map.entry("CASE_ON_TIME_RATE", List.of()),
            Map.entry("REMINDERS_RECEIVED", List.of()),
            Map.entry("OVERDUE_SIGN_FORS", List.of()),
            Map.entry("OVERDUE_REPLIES", List.of()),
            Map.entry("REFUSALS_OVERRULED", List.of()),
            Map.entry("BOUNDARY_ITEM_ON_TIME_RATE", List.of()),
            Map.entry("LIST_CLAIM_RATE", List.of()),
            Map.entry("INSPECTION_COVERAGE", List.of()),
            Map.entry("GOAL_COMPLETION_RATE", List.of(new ParamSpec("partlyCounts", ParamType.DECIMAL, "0.5", "部分完成折算"))),
            Map.entry("TRACKING_RESULT", List.of()),
            Map.entry("LATE_SUBMISSIONS", List.of()));

    private EvaluationSchemes() {
    }
}

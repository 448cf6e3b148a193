package cn.lvzhi.tracking;

import cn.lvzhi.common.ConflictException;

/** The seven steps are walked in order, one at a time: no skipping, no going back (环环相扣). */
public final class RoundSteps {
    private RoundSteps() {
    }

    /** Throws CONFLICT naming the current step unless {@code requested} is the step right after {@code current}. */
    public static void advance(TrackingStep current, TrackingStep requested) {
        if (current.next() != requested) {
            String expected = current.next() == null ? "已是最后一步 (the round is at its last step)"
                    : "下一步应为“" + current.next().label() + "” (the next step is " + current.next() + ")";
            throw new ConflictException("问效批次当前处于“" + current.label() + "”步骤，不能进入“" + requested.label() + "”，"
                    + expected + " (the round is at step " + current + ")");
        }
    }

    /** Throws CONFLICT unless the round is at one of the steps where the action belongs. */
    public static void requireAt(TrackingStep current, String action, TrackingStep... allowed) {
        for (TrackingStep s : allowed) {
            if (s == current) {
                return;
            }
        }
        StringBuilder names = new StringBuilder();
        for (TrackingStep s : allowed) {
            names.append(names.isEmpty() ? "" : "、").append('“').append(s.label()).append('”');
        }
        throw new ConflictException(action + "只能在" + names + "步骤进行，问效批次当前处于“" + current.label()
                + "”步骤 (the round is at step " + current + ")");
    }
}

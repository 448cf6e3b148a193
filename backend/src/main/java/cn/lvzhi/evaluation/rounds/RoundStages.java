package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationStage;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The stages of a round are walked in order, one at a time (自评 → 初评 → 反馈申辩 → 复核终评 → 公布), and each move
 * has a precondition; a refused move is a CONFLICT saying why (pure, table-tested in {@code RoundStagesTest}).
 */
public final class RoundStages {
    static final Map<EvaluationStage, String> LABELS = Map.of(EvaluationStage.DRAFT, "筹备",
            EvaluationStage.SELF_ASSESSMENT, "单位自评", EvaluationStage.FIRST_MARK, "编办初评",
            EvaluationStage.REPLY, "反馈申辩", EvaluationStage.FINAL_MARK, "复核终评", EvaluationStage.PUBLISHED, "结果公布");

    private RoundStages() {
    }

    /**
     * What a move depends on, counted when it is asked for.
     *
     * @param openSelfAssessments self-assessments neither submitted nor locked yet
     * @param unmarkedFirst       applicable score rows without a first mark
     * @param awaitingReply       units that lost points and have neither replied nor waived their reply
     * @param unmarkedFinal       applicable score rows without a final mark
     */
    public record Facts(OffsetDateTime now, int openSelfAssessments, int unmarkedFirst, OffsetDateTime replyClosesAt,
                        int awaitingReply, int unmarkedFinal) {
    }

    public static String label(EvaluationStage stage) {
        return LABELS.get(stage);
    }

    /** The stage after {@code stage}, or null after publication. */
    public static EvaluationStage next(EvaluationStage stage) {
        EvaluationStage[] all = EvaluationStage.values();
        return stage.ordinal() + 1 < all.length ? all[stage.ordinal() + 1] : null;
    }

    /** Throws CONFLICT (or VALIDATION for a bad reply window) unless the round may move to {@code requested} now. */
    public static void advance(EvaluationStage current, EvaluationStage requested, Facts f) {
        if (next(current) != requested) {
            String expected = next(current) == null ? "评估结果已公布，不能再推进 (the round is published)"
                    : "下一阶段应为“" + label(next(current)) + "” (the next stage is " + next(current) + ")";
            throw new ConflictException("评估批次当前处于“" + label(current) + "”阶段，不能进入“" + label(requested) + "”，"
                    + expected);
        }
        switch (requested) {
            case FIRST_MARK -> refuseIf(f.openSelfAssessments() > 0, "尚有 " + f.openSelfAssessments()
                    + " 个单位的自评表未报送且未到锁定时间，不能开始初评 (self-assessments still open)");
            case REPLY -> {
                refuseIf(f.unmarkedFirst() > 0, "尚有 " + f.unmarkedFirst() + " 项指标未初评，不能进入反馈申辩 ("
                        + f.unmarkedFirst() + " applicable indicators have no first mark)");
                if (f.replyClosesAt() == null || !f.replyClosesAt().isAfter(f.now())) {
                    throw new ValidationException("input.replyClosesAt",
                            "进入反馈申辩须设定晚于当前时间的申辩截止时间 (a reply deadline in the future is required)");
                }
            }
            case FINAL_MARK -> refuseIf(f.awaitingReply() > 0 && f.now().isBefore(f.replyClosesAt()),
                    "申辩期至 " + f.replyClosesAt() + " 结束，尚有 " + f.awaitingReply()
                            + " 个被扣分单位未申辩也未放弃申辩，不能开始复核终评 (the reply window is still open)");
            case PUBLISHED -> refuseIf(f.unmarkedFinal() > 0, "尚有 " + f.unmarkedFinal()
                    + " 项指标未终评，不能公布 (" + f.unmarkedFinal() + " applicable indicators have no final mark)");
            default -> {
            }
        }
    }

    /** Throws CONFLICT unless the round is at one of the stages where the action belongs. */
    public static void requireAt(EvaluationStage current, String action, EvaluationStage... allowed) {
        StringBuilder names = new StringBuilder();
        for (EvaluationStage s : allowed) {
            if (s == current) {
                return;
            }
            names.append(names.isEmpty() ? "" : "、").append('“').append(label(s)).append('”');
        }
        String frozen = current == EvaluationStage.PUBLISHED ? "评估结果已公布，评分已冻结；" : "";
        throw new ConflictException(frozen + action + "只能在" + names + "阶段进行，评估批次当前处于“" + label(current)
                + "”阶段 (the round is at stage " + current + ")");
    }

    private static void refuseIf(boolean refused, String reason) {
        if (refused) {
            throw new ConflictException(reason);
        }
    }
}

package cn.lvzhi.evaluation.goals;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.goals.inputs.GoalContentInput;
import cn.lvzhi.evaluation.goals.inputs.MilestoneInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The rules of a goal's content that span several fields (a quantity target names its unit, milestones fall inside
 * the year, one per quarter, never above the target) and of its workflow (what each status allows). Pure, so the
 * service and the tests share them.
 */
public final class GoalRules {
    private GoalRules() {
    }

    /** VALIDATION naming the first field that breaks a rule of the goal's content for this year. */
    public static void content(int year, GoalContentInput c) {
        if (c.targetKind == TargetKind.QUANTITY) {
            if (c.targetQuantity == null) {
                throw new ValidationException("input.content.targetQuantity", "数量目标须填写目标数量 (a quantity target needs its quantity)");
            }
            if (c.targetUnit == null || c.targetUnit.isBlank()) {
                throw new ValidationException("input.content.targetUnit", "数量目标须填写计量单位，如 件、次、% (a quantity target needs its unit)");
            }
        } else if (c.targetText == null || c.targetText.isBlank()) {
            throw new ValidationException("input.content.targetText", "定性目标须写明目标内容 (a qualitative target needs its description)");
        }
        Set<Integer> quarters = new HashSet<>();
        for (int i = 0; i < c.milestones.size(); i++) {
            MilestoneInput m = c.milestones.get(i);
            String at = "input.content.milestones[" + i + "].";
            if (!quarters.add(m.quarter)) {
                throw new ValidationException(at + "quarter", "第" + m.quarter + "季度的节点重复 (quarter " + m.quarter + " given twice)");
            }
            if (m.dueOn.getYear() != year) {
                throw new ValidationException(at + "dueOn", "节点完成时间须在 " + year + " 年内 (the due date must lie inside " + year + ")");
            }
            if (m.dueQuantity != null && (c.targetKind != TargetKind.QUANTITY || m.dueQuantity.compareTo(c.targetQuantity) > 0)) {
                throw new ValidationException(at + "dueQuantity", c.targetKind != TargetKind.QUANTITY
                        ? "定性目标的节点不填数量 (a qualitative target's milestones have no quantity)"
                        : "节点数量不能超过目标数量 (at most the target quantity)");
            }
        }
    }

    /** VALIDATION unless the quantity reached fits the goal's target kind. */
    public static void quantityReached(DutyGoal g, BigDecimal reached) {
        if (reached != null && g.targetKind != TargetKind.QUANTITY) {
            throw new ValidationException("input.quantityReached", "定性目标不填完成数量 (a qualitative target has no quantity)");
        }
    }

    /** VALIDATION unless the verification date lies between the start of the goal's year and today. */
    public static void verifiedOn(DutyGoal g, LocalDate on, LocalDate today) {
        if (on.isAfter(today) || on.isBefore(LocalDate.of(g.year, 1, 1))) {
            throw new ValidationException("input.verifiedOn", "核验日期须在 " + g.year + " 年 1 月 1 日至今天之间 (from the start of the goal's year to today)");
        }
    }

    /** CONFLICT unless the goal may still be edited, deleted or submitted by its unit: a draft or returned goal. */
    public static void editable(DutyGoal g) {
        if (g.status != GoalStatus.DRAFT && g.status != GoalStatus.RETURNED) {
            throw new ConflictException("目标已" + label(g.status) + "，不能再修改或提交 (the goal is " + g.status
                    + "; only a draft or returned goal changes)");
        }
    }

    /** CONFLICT unless the goal is in the status the action needs. */
    public static void requireStatus(DutyGoal g, GoalStatus needed, String action) {
        if (g.status != needed) {
            throw new ConflictException("目标当前为「" + label(g.status) + "」，须为「" + label(needed) + "」才能" + action
                    + " (the goal is " + g.status + ", must be " + needed + ")");
        }
    }

    /** CONFLICT naming the current version, when the caller's is stale. */
    public static void version(DutyGoal g, int seen) {
        if (g.version != seen) {
            throw new ConflictException("年度履职目标已被他人修改（当前版本 " + g.version + "），请刷新后重试 (stale version; current is "
                    + g.version + ")");
        }
    }

    static String label(GoalStatus s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交";
            case RETURNED -> "已退回";
            case ACCEPTED -> "审核通过";
            case PUBLISHED -> "已公布";
        };
    }
}

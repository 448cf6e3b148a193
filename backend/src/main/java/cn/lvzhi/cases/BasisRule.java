package cn.lvzhi.cases;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a hop may name as its legal basis (办理依据): a published 权责事项 of the department handling the hop — the
 * receiving unit, or for a 科室 the department it belongs to — and optionally one of that item's 监管责任, worded as
 * the item words it. The basis is named and changed by the hop's handler while the hop is in hand (signed, replied
 * or rated) and the case still open; naming it on the case's live first-hop lead names the case's basis too.
 */
public final class BasisRule {
    static final String NOT_POWER = "办理依据须为已发布的权责清单事项 (a published power item)";
    static final String OTHER_DEPARTMENT = "只能选择承办部门已发布权责清单中的事项 (an item of the handling department's published power list)";
    static final String NO_SUCH_DUTY = "监管责任须为该权责事项所列的一项 (one of the item's supervision duties)";
    static final String FIRST_HOP = "首次派单不能填写办理依据：依据由承办部门签收后填写 (the handler names the basis of its own hop)";
    static final String NOT_IN_HAND = "派单签收后才能填写办理依据 (sign for the dispatch first)";
    static final String HOP_CLOSED = "该派单已关闭，不能修改办理依据 (the hop was closed)";
    static final String CASE_ENDED = "事件已结案或撤销，不能修改办理依据 (the case is closed or cancelled)";

    private static final Set<DispatchStatus> IN_HAND = EnumSet.of(DispatchStatus.SIGNED, DispatchStatus.REPLIED, DispatchStatus.RATED);

    /** A power item as the rule needs it: its list, status, owner and the supervision duties of its current version. */
    public record Item(long id, ListKind kind, ItemStatus status, long unitId, int version, List<String> duties) {
    }

    private BasisRule() {
    }

    /** The department whose list a hop's handler names from: the receiving unit, or the department of a 科室. */
    public static long department(UnitKind kind, long unitId, Long parentId) {
        return kind == UnitKind.INTERNAL_OFFICE && parentId != null ? parentId : unitId;
    }

    /**
     * The named item and duty checked on their own: VALIDATION of {@code field}.powerItemId unless a published
     * power item, of {@code field}.supervisionDuty unless one of its duties. Returns the duty (null when none).
     */
    public static String checkItem(String field, Item item, String duty) {
        if (item == null || item.kind() != ListKind.POWER || item.status() != ItemStatus.PUBLISHED) {
            throw new ValidationException(field + ".powerItemId", NOT_POWER);
        }
        String d = duty == null || duty.isBlank() ? null : duty.strip();
        if (d != null && (item.duties() == null || !item.duties().contains(d))) {
            throw new ValidationException(field + ".supervisionDuty", NO_SUCH_DUTY);
        }
        return d;
    }

    /** VALIDATION of {@code field}.powerItemId unless the item is the handling department's. */
    public static void checkDepartment(String field, Item item, long departmentId) {
        if (item.unitId() != departmentId) {
            throw new ValidationException(field + ".powerItemId", OTHER_DEPARTMENT);
        }
    }

    /** May a hop's basis be named or changed now? A refusal is a CONFLICT: the hop or case is not (or no longer) in hand. */
    public static Decision settable(DispatchStatus status, boolean hopClosed, CaseStatus caseStatus) {
        if (caseStatus == CaseStatus.CLOSED || caseStatus == CaseStatus.CANCELLED) {
            return Decision.refuse(CASE_ENDED);
        }
        if (hopClosed) {
            return Decision.refuse(HOP_CLOSED);
        }
        return IN_HAND.contains(status) ? Decision.ALLOW : Decision.refuse(NOT_IN_HAND);
    }

    /** True when the hop's basis is the case's: the live lead of the first hop (its lead department). */
    public static boolean namesCase(Long parentDispatchId, DispatchRole role, DispatchStatus status) {
        return parentDispatchId == null && role == DispatchRole.LEAD && status != DispatchStatus.REFUSED;
    }
}

package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.mandates.DutyChangeStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up rule of a cancelled or strengthened duty (职能取消、加强是否到位), judged from the list items linked to
 * it: a cancelled duty (取消) is carried out when every linked item is retired and no case arrived under them since the
 * round's period began (to date: cases still arriving after the period count too); a strengthened one (加强) when a
 * linked item still in force was added or raised by an approved list change since then (a new supervision item or a
 * change to one). Other duties have no follow-up.
 */
public final class FollowUpRule {
    /** A linked item as the rule reads it: its state now and whether an approved ADD/CHANGE raised it since the period began. */
    public record ItemState(ItemStatus status, boolean raisedSince) {
    }

    /** The judgement with the reasons it is flagged (none when clear or not linked). */
    public record Judgement(FollowUpStatus status, List<String> reasons) {
    }

    private FollowUpRule() {
    }

    /** Whether a duty with this change status is followed up. */
    public static boolean applies(DutyChangeStatus change) {
        return change == DutyChangeStatus.CANCELLED || change == DutyChangeStatus.STRENGTHENED;
    }

    /** The follow-up of a duty, or {@code null} for a duty neither cancelled nor strengthened. */
    public static Judgement judge(DutyChangeStatus change, List<ItemState> items, long casesSince) {
        if (!applies(change)) {
            return null;
        }
        if (items.isEmpty()) {
            return new Judgement(FollowUpStatus.NOT_LINKED, List.of());
        }
        List<String> reasons = new ArrayList<>();
        long inForce = items.stream().filter(i -> i.status() != ItemStatus.RETIRED).count();
        if (change == DutyChangeStatus.CANCELLED) {
            if (inForce > 0) {
                reasons.add("职责已取消，但仍有 " + inForce + " 项关联清单事项未取消 (" + inForce + " linked item(s) still in force)");
            }
            if (casesSince > 0) {
                reasons.add("职责已取消，评估期开始以来仍有 " + casesSince + " 件事件按关联清单事项办理 (" + casesSince
                        + " case(s) still arriving under it)");
            }
        } else if (inForce == 0) {
            reasons.add("职责要求加强，但关联清单事项均已取消 (every linked item is retired)");
        } else if (items.stream().noneMatch(i -> i.status() != ItemStatus.RETIRED && i.raisedSince())) {
            reasons.add("职责要求加强，评估期开始以来关联清单事项未见新增或调整 (no linked item added or raised since the period began)");
        }
        return new Judgement(reasons.isEmpty() ? FollowUpStatus.CLEAR : FollowUpStatus.FLAGGED, List.copyOf(reasons));
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.notifications.NotificationKind;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which timeline step tells whom (事件消息): the one table from a {@link CaseEventKind} to the units that hear of it and
 * the kind of notification they get. A step tells nobody its own unit: who took it knows. 督办 is told by the
 * escalation itself (to the level above), so it is not here.
 */
public final class CaseNoticeRule {
    /** Who a step concerns. */
    enum Audience {
        /** nobody: the step tells no one beyond the units that took part in it */
        NOBODY,
        /** the unit the step's dispatch went to */
        RECEIVER,
        /** the unit that sent the step's dispatch */
        DISPATCHER,
        /** both ends of the step's dispatch */
        RECEIVER_AND_DISPATCHER,
        /** the units of the case's first hop (those that refused it) and those that dispatched it */
        DISPUTE_PARTIES,
        /** the unit the case came from */
        ORIGIN
    }

    /** A step's notice: who hears and as what kind, with the words that open its title. */
    record Notice(Audience audience, NotificationKind kind, String heading) {
    }

    private static final Notice NONE = new Notice(Audience.NOBODY, null, null);

    private CaseNoticeRule() {
    }

    static Notice of(CaseEventKind step) {
        return switch (step) {
            case DISPATCHED -> new Notice(Audience.RECEIVER, NotificationKind.CASE_DISPATCHED, "收到派单");
            case REMINDED -> new Notice(Audience.RECEIVER, NotificationKind.CASE_REMINDED, "催办");
            case DEADLINE_WARNED -> new Notice(Audience.RECEIVER, NotificationKind.CASE_DEADLINE_WARNED, "临期提醒");
            case OVERDUE -> new Notice(Audience.RECEIVER_AND_DISPATCHER, NotificationKind.CASE_OVERDUE, "已超期");
            case REPLIED -> new Notice(Audience.DISPATCHER, NotificationKind.CASE_REPLIED, "办结反馈待评价");
            case RATED -> new Notice(Audience.RECEIVER, NotificationKind.CASE_RATED, "收到评价");
            // the appeal is the rated unit's, and the decision belongs to the rated dispatch
            case APPEAL_DECIDED -> new Notice(Audience.RECEIVER, NotificationKind.CASE_APPEAL_DECIDED, "申诉已处理");
            case DISPUTED -> new Notice(Audience.DISPUTE_PARTIES, NotificationKind.CASE_DISPUTED, "职责争议");
            case REOPENED -> new Notice(Audience.ORIGIN, NotificationKind.CASE_REOPENED, "事件重办");
            case REPORTED, ACCEPTED, SIGNED, REFUSED, APPEALED, COMPLETED, CLOSED, CANCELLED, HOP_CLOSED, ESCALATED,
                 REVISITED -> NONE;
        };
    }

    /**
     * The units that hear of a step: {@code dispatch} is the step's (null for a step of the whole case),
     * {@code firstHop} the case's first-hop dispatches (for a dispute), {@code actorUnitId} the unit that took it.
     */
    static Set<Long> recipients(Audience audience, Case caseFile, Dispatch dispatch, Collection<Dispatch> firstHop, Long actorUnitId) {
        Stream<Long> units = switch (audience) {
            case NOBODY -> Stream.empty();
            case RECEIVER -> dispatch == null ? Stream.empty() : Stream.of(dispatch.toUnitId);
            case DISPATCHER -> dispatch == null ? Stream.empty() : Stream.of(dispatch.fromUnitId);
            case RECEIVER_AND_DISPATCHER -> dispatch == null ? Stream.empty() : Stream.of(dispatch.toUnitId, dispatch.fromUnitId);
            case DISPUTE_PARTIES -> firstHop.stream().flatMap(d -> Stream.of(d.toUnitId, d.fromUnitId));
            case ORIGIN -> Stream.of(caseFile.originUnitId);
        };
        Set<Long> out = new LinkedHashSet<>();
        units.filter(Objects::nonNull).filter(u -> !u.equals(actorUnitId)).forEach(out::add);
        return out;
    }

    /** The notification's title: what happened, then the case, then the step's note when it has one. */
    static String title(String heading, Case caseFile, String note) {
        return heading + "：" + caseFile.code + " " + caseFile.title + (note == null || note.isBlank() ? "" : "（" + note + "）");
    }
}

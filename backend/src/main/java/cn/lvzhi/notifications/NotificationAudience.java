package cn.lvzhi.notifications;

import cn.lvzhi.security.Actor;

import java.util.Objects;
import java.util.Set;

/**
 * Who hears a notification (the one rule every read path, the read marks and the live push go through): staff of an
 * internal office (科室) hear only what names their office; everyone else hears what is addressed to their unit,
 * its offices' notifications included; and nobody hears a kind they muted.
 */
public final class NotificationAudience {
    private NotificationAudience() {
    }

    /** Whether {@code actor}, muting {@code muted}, hears a notification of {@code kind} to this unit and office. */
    public static boolean hears(Actor actor, Set<String> muted, long recipientUnitId, Long recipientOfficeId, String kind) {
        boolean addressed = actor.officeId() != null
                ? Objects.equals(actor.officeId(), recipientOfficeId)
                : actor.unitId() == recipientUnitId;
        return addressed && !muted.contains(kind);
    }

    /**
     * The same rule as a query condition on {@code Notification n}, with the parameters {@code :audience} and
     * {@code :subject} ({@link #audience} and the actor's subject).
     */
    static String condition(Actor actor) {
        return (actor.officeId() != null ? "n.recipientOfficeId" : "n.recipientUnitId") + " = :audience"
                + " and n.kind not in (select m.kind from NotificationMute m where m.subject = :subject)";
    }

    /** The value of {@code :audience}: the actor's office, or its unit. */
    static long audience(Actor actor) {
        return actor.officeId() != null ? actor.officeId() : actor.unitId();
    }

    /** Unread by the actor: no read mark of theirs, and not read by the unit before read state became personal. */
    static final String UNREAD = " and n.unitReadAt is null and not exists (select 1 from NotificationRead r"
            + " where r.notificationId = n.id and r.readerSubject = :subject)";
}

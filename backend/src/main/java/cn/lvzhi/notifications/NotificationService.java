package cn.lvzhi.notifications;

import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Notifications (站内通知) of a unit: other features write them inside their own transaction (so a decision and the
 * message about it commit together, and the push announces it only then); each of the unit's people reads them,
 * marks them read for themselves and chooses the kinds their bell shows. Who hears what is {@link NotificationAudience}.
 */
@ApplicationScoped
public class NotificationService {
    static final int MAX_MARK = 200;
    static final String MUTED_FIELD = "input.mutedKinds";

    private final ReadSessions reads;

    public NotificationService(ReadSessions reads) {
        this.reads = reads;
    }

    /** What to tell a unit (or an internal office: its department's people hear it too); {@code link} is the app path. */
    public record Message(long recipientUnitId, String kind, String title, String subjectType, long subjectId, String link) {
        /** The title as a notification keeps it: its first 300 characters. */
        public String storedTitle() {
            return title.length() > 300 ? title.substring(0, 300) : title;
        }
    }

    /** Writes a notification in the caller's transaction; it is pushed to the recipients once that commits. */
    public Uni<Void> send(Message message) {
        Notification n = new Notification();
        n.recipientUnitId = message.recipientUnitId();
        n.kind = message.kind();
        n.title = message.storedTitle();
        n.subjectType = message.subjectType();
        n.subjectId = message.subjectId();
        n.link = message.link();
        n.createdAt = OffsetDateTime.now();
        return n.persist().replaceWithVoid();
    }

    /** Tells the open boards that cases changed, when the caller's transaction commits (once per transaction). */
    public Uni<Void> casesChanged() {
        return NotificationPush.announce(NotificationPush.CASES_CHANNEL, "");
    }

    /** The notifications the actor hears, newest first, each with the actor's own read time. */
    public Uni<NotificationConnection> page(Actor actor, boolean unreadOnly, Integer first, String after) {
        int size = Paging.pageSize(first);
        Long afterId = Paging.decodeId(after);
        String where = NotificationAudience.condition(actor) + (unreadOnly ? NotificationAudience.UNREAD : "");
        return reads.read(s -> {
            var page = s.createSelectionQuery("select n, r.readAt from Notification n left join NotificationRead r"
                            + " on r.notificationId = n.id and r.readerSubject = :subject where " + where
                            + (afterId == null ? "" : " and n.id < :after") + " order by n.id desc", Object[].class)
                    .setParameter("audience", NotificationAudience.audience(actor)).setParameter("subject", actor.subject())
                    .setMaxResults(size + 1);
            if (afterId != null) {
                page.setParameter("after", afterId);
            }
            return page.getResultList().map(NotificationService::withReadTimes)
                    .chain(rows -> s.createSelectionQuery("select count(n) from Notification n where " + where, Long.class)
                            .setParameter("audience", NotificationAudience.audience(actor)).setParameter("subject", actor.subject())
                            .getSingleResult()
                            .chain(total -> unread(s, actor).map(unread -> Paging.connection(rows, size, total,
                                    n -> String.valueOf(n.id), NotificationConnection.NotificationEdge::new,
                                    (edges, pageInfo, count) -> new NotificationConnection(edges, pageInfo, count,
                                            Math.toIntExact(unread))))));
        });
    }

    private static List<Notification> withReadTimes(List<Object[]> rows) {
        return rows.stream().map(row -> {
            Notification n = (Notification) row[0];
            n.readAt = row[1] != null ? (OffsetDateTime) row[1] : n.unitReadAt;
            return n;
        }).toList();
    }

    private static Uni<Long> unread(Mutiny.StatelessSession s, Actor actor) {
        return s.createSelectionQuery("select count(n) from Notification n where " + NotificationAudience.condition(actor)
                        + NotificationAudience.UNREAD, Long.class)
                .setParameter("audience", NotificationAudience.audience(actor)).setParameter("subject", actor.subject())
                .getSingleResult();
    }

    /** Marks read, for the actor only, notifications the actor hears; others' ids are silently not theirs. */
    @WithTransaction
    public Uni<MarkNotificationsReadPayload> markRead(Actor actor, MarkNotificationsReadInput input) {
        List<Long> ids = input == null || input.ids == null ? List.of() : input.ids;
        if (ids.size() > MAX_MARK) {
            throw new ValidationException("input.ids", "一次最多标记 " + MAX_MARK + " 条 (at most " + MAX_MARK + " ids)");
        }
        // which of them the actor hears and has not read: the audience rule, as every read path applies it
        String unread = "select n.id from Notification n where " + NotificationAudience.condition(actor)
                + NotificationAudience.UNREAD + (ids.isEmpty() ? "" : " and n.id in :ids");
        return Panache.getSession().chain(s -> {
            var query = s.createSelectionQuery(unread, Long.class).setParameter("audience", NotificationAudience.audience(actor))
                    .setParameter("subject", actor.subject());
            if (!ids.isEmpty()) {
                query.setParameter("ids", ids);
            }
            return query.getResultList().chain(toMark -> toMark.isEmpty() ? Uni.createFrom().item(0)
                    // one array parameter, however many "mark all" finds
                    : s.createNativeQuery("insert into notification_read (notification_id, reader_subject, read_at)"
                                    + " select cast(id as bigint), :subject, now() from unnest(string_to_array(:ids, ',')) id on conflict do nothing")
                            .setParameter("subject", actor.subject()).setParameter("ids", commaSeparated(toMark))
                            .executeUpdate());
        }).chain(count -> unreadInTransaction(actor).map(left -> new MarkNotificationsReadPayload(count, left)));
    }

    /** Ids or kind names as one text parameter, split by the statement (neither holds a comma). */
    private static String commaSeparated(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** How many notifications the actor hears and has not read. */
    public Uni<Integer> unreadCount(Actor actor) {
        return reads.read(s -> unread(s, actor)).map(Math::toIntExact);
    }

    /** The kinds the actor chose not to hear. */
    public Uni<Set<String>> muted(String subject) {
        return reads.read(s -> s.createSelectionQuery("select m.kind from NotificationMute m where m.subject = :subject", String.class)
                .setParameter("subject", subject).getResultList()).map(Set::copyOf);
    }

    /** Every kind, with whether the actor's bell shows it. */
    public Uni<NotificationSettings> settings(Actor actor) {
        return muted(actor.subject()).map(NotificationSettings::of);
    }

    /** Replaces the kinds the actor mutes; the actor's open streams follow at once. */
    @WithTransaction
    public Uni<UpdateNotificationSettingsPayload> updateSettings(Actor actor, UpdateNotificationSettingsInput input) {
        if (input == null || input.mutedKinds == null) {
            throw new ValidationException(MUTED_FIELD, "请给出不接收的消息类型（可为空） (mutedKinds is required, it may be empty)");
        }
        Set<String> muted = new HashSet<>(input.mutedKinds);
        for (String kind : muted) {
            if (!NotificationKind.ALL.contains(kind)) {
                throw new ValidationException(MUTED_FIELD, "未知的消息类型：" + kind + " (unknown notification kind)");
            }
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from notification_mute where subject = :subject")
                        .setParameter("subject", actor.subject()).executeUpdate()
                        .chain(() -> muted.isEmpty() ? Uni.createFrom().item(0)
                                : s.createNativeQuery("insert into notification_mute (subject, kind) select :subject, k from unnest(string_to_array(:kinds, ',')) k")
                                .setParameter("subject", actor.subject()).setParameter("kinds", commaSeparated(muted))
                                .executeUpdate()))
                .chain(() -> NotificationPush.announce(NotificationPush.SETTINGS_CHANNEL, NotificationPush.settingsPayload(actor.subject(), muted)))
                .chain(() -> unreadInTransaction(actor).map(unread -> new UpdateNotificationSettingsPayload(NotificationSettings.of(muted), unread)));
    }

    /** The unread count as the caller's transaction sees it, its own uncommitted marks and mutes included. */
    private static Uni<Integer> unreadInTransaction(Actor actor) {
        return Panache.getSession().chain(s -> s.flush().chain(() -> s.createSelectionQuery("select count(n) from Notification n where "
                                + NotificationAudience.condition(actor) + NotificationAudience.UNREAD, Long.class)
                        .setParameter("audience", NotificationAudience.audience(actor)).setParameter("subject", actor.subject())
                        .getSingleResult()))
                .map(Math::toIntExact);
    }
}

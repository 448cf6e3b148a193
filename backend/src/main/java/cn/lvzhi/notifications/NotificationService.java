package cn.lvzhi.notifications;

import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Notifications (站内通知) of a unit: other features write them inside their own transaction (so a decision and the
 * message about it commit together); the unit's people read them and mark them read.
 */
@ApplicationScoped
public class NotificationService {
    static final int MAX_MARK = 200;

    private final ReadSessions reads;

    public NotificationService(ReadSessions reads) {
        this.reads = reads;
    }

    /** What to tell a unit; {@code link} is the app path of the subject. */
    public record Message(long recipientUnitId, String kind, String title, String subjectType, long subjectId, String link) {
    }

    /** Writes a notification in the caller's transaction. */
    public Uni<Void> send(Message message) {
        Notification n = new Notification();
        n.recipientUnitId = message.recipientUnitId();
        n.kind = message.kind();
        n.title = message.title().length() > 300 ? message.title().substring(0, 300) : message.title();
        n.subjectType = message.subjectType();
        n.subjectId = message.subjectId();
        n.link = message.link();
        n.createdAt = OffsetDateTime.now();
        return n.persist().replaceWithVoid();
    }

    /** The notifications of the actor's unit, newest first. */
    public Uni<NotificationConnection> page(Actor actor, boolean unreadOnly, Integer first, String after) {
        int size = Paging.pageSize(first);
        Long afterId = Paging.decodeId(after);
        String where = "n.recipientUnitId = :unit" + (unreadOnly ? " and n.readAt is null" : "");
        return reads.read(s -> {
            var page = s.createSelectionQuery("from Notification n where " + where
                    + (afterId == null ? "" : " and n.id < :after") + " order by n.id desc", Notification.class)
                    .setParameter("unit", actor.unitId()).setMaxResults(size + 1);
            if (afterId != null) {
                page.setParameter("after", afterId);
            }
            return page.getResultList()
                    .chain(rows -> s.createSelectionQuery("select count(n) from Notification n where " + where, Long.class)
                            .setParameter("unit", actor.unitId()).getSingleResult()
                            .chain(total -> unread(s, actor).map(unread -> Paging.connection(rows, size, total,
                                    n -> String.valueOf(n.id), NotificationConnection.NotificationEdge::new,
                                    (edges, pageInfo, count) -> new NotificationConnection(edges, pageInfo, count,
                                            Math.toIntExact(unread))))));
        });
    }

    private static Uni<Long> unread(org.hibernate.reactive.mutiny.Mutiny.StatelessSession s, Actor actor) {
        return s.createSelectionQuery("select count(n) from Notification n where n.recipientUnitId = :unit and n.readAt is null",
                Long.class).setParameter("unit", actor.unitId()).getSingleResult();
    }

    /** Marks notifications of the actor's unit read; others' ids are silently not the unit's and stay untouched. */
    @WithTransaction
    public Uni<MarkNotificationsReadPayload> markRead(Actor actor, MarkNotificationsReadInput input) {
        List<Long> ids = input == null || input.ids == null ? List.of() : input.ids;
        if (ids.size() > MAX_MARK) {
            throw new ValidationException("input.ids", "一次最多标记 " + MAX_MARK + " 条 (at most " + MAX_MARK + " ids)");
        }
        OffsetDateTime now = OffsetDateTime.now();
        Uni<Integer> marked = ids.isEmpty()
                ? Notification.update("readAt = ?1 where recipientUnitId = ?2 and readAt is null", now, actor.unitId())
                : Notification.update("readAt = ?1 where recipientUnitId = ?2 and readAt is null and id in ?3", now, actor.unitId(), ids);
        return marked.chain(count -> Notification.count("recipientUnitId = ?1 and readAt is null", actor.unitId())
                .map(unread -> new MarkNotificationsReadPayload(count, Math.toIntExact(unread))));
    }
}

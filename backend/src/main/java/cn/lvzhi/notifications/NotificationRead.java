package cn.lvzhi.notifications;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** That one person (the token's subject) has read a notification of their unit (已读); colleagues keep theirs unread. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {
    @Id
    @Column(name = "notification_id")
    public Long notificationId;

    @Id
    @Column(name = "reader_subject")
    public String readerSubject;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    /** The identity of a read mark: the notification and its reader. */
    public record Key(Long notificationId, String readerSubject) implements Serializable {
    }
}

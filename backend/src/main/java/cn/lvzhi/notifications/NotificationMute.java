package cn.lvzhi.notifications;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A kind of notification one person chose not to receive in the bell (消息设置). */
@Entity
@Table(name = "notification_mute")
@IdClass(NotificationMute.Key.class)
public class NotificationMute extends PanacheEntityBase {
    @Id
    public String subject;

    @Id
    public String kind;

    /** The identity of a mute: the person and the kind. */
    public record Key(String subject, String kind) implements Serializable {
    }
}

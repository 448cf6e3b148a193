package cn.lvzhi.notifications;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/**
 * A message to a unit (站内通知), e.g. a case dispatched to it or the decision on a request it submitted; one addressed
 * to an internal office (科室) names it too ({@link NotificationAudience}). Each person reads it for themselves.
 */
@Entity
@Table(name = "notification")
@Type("Notification")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Ignore
    @Column(name = "recipient_unit_id")
    public Long recipientUnitId;

    @NonNull
    @Description("What happened, e.g. LIST_CHANGE_APPROVED")
    public String kind;

    @NonNull
    public String title;

    @Column(name = "subject_type")
    @NonNull
    @Description("The kind of object it is about, e.g. ListChange")
    public String subjectType;

    @Column(name = "subject_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long subjectId;

    @NonNull
    @Description("Where the app shows the subject, e.g. /lists/items/42")
    public String link;

    @Column(name = "created_at")
    @NonNull
    public OffsetDateTime createdAt;

    @Ignore
    @Column(name = "recipient_office_id", insertable = false, updatable = false)
    public Long recipientOfficeId;

    /** Read by someone of the unit before read state became personal (V25): read for each of its people. */
    @Ignore
    @Column(name = "unit_read_at", insertable = false, updatable = false)
    public OffsetDateTime unitReadAt;

    @Transient
    @Description("When the caller read it; null while unread")
    public OffsetDateTime readAt;
}

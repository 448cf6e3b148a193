package cn.lvzhi.cases.webhooks;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/**
 * An integrated system's callback (webhook, e.g. the 12345 hotline's): where the steps of the cases it submitted are
 * POSTed, signed with its secret.
 */
@Entity
@Table(name = "webhook_subscription")
@Type("WebhookSubscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    /** The integration's token subject: whose cases it hears of. */
    @Ignore
    public String subject;

    @Column(name = "client_name")
    @NonNull
    public String clientName;

    @NonNull
    @Description("The callback URL the steps are POSTed to")
    public String url;

    /** The HMAC key; shown once, when the subscription is registered. */
    @Ignore
    public String secret;

    @Column(name = "created_at")
    @NonNull
    public OffsetDateTime createdAt;

    @Ignore
    @Column(name = "removed_at")
    public OffsetDateTime removedAt;
}

package cn.lvzhi.cases.webhooks;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One callback of one timeline step to one subscriber (the outbox row): its body, attempts and outcome. */
@Entity
@Table(name = "webhook_delivery")
@Type("WebhookDelivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "subscription_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long subscriptionId;

    @Column(name = "event_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The timeline step: the receiver dedupes by it")
    public Long eventId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @Column(name = "case_code")
    @NonNull
    public String caseCode;

    @NonNull
    @Description("The step's kind (CaseEventKind)")
    public String kind;

    /** The JSON body, fixed when the step happened. */
    @Ignore
    public String payload;

    @NonNull
    @Enumerated(EnumType.STRING)
    public WebhookDeliveryStatus status;

    @NonNull
    public int attempts;

    @Column(name = "next_attempt_at")
    @NonNull
    public OffsetDateTime nextAttemptAt;

    @Ignore
    @Column(name = "leased_until")
    public OffsetDateTime leasedUntil;

    @Ignore
    public String lease;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "created_at")
    @NonNull
    public OffsetDateTime createdAt;
}

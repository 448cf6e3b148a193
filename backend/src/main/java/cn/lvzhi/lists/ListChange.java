package cn.lvzhi.lists;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A proposed change to a list item (清单调整申请), decided by the establishment office. */
@Entity
@Table(name = "list_change")
@Type("ListChange")
public class ListChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "item_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long itemId;

    @Column(name = "change_type")
    @Enumerated(EnumType.STRING)
    @NonNull
    public ChangeType changeType;

    @Column(name = "base_version")
    @NonNull
    @Description("The published version the proposal was based on")
    public int baseVersion;

    @Column(name = "proposed_name")
    public String proposedName;

    @Column(name = "proposed_details")
    @JdbcTypeCode(SqlTypes.JSON)
    public ItemDetails proposedDetails;

    @NonNull
    public String reason;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "proposer_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long proposerUnitId;

    @Ignore
    @Column(name = "proposer_subject")
    public String proposerSubject;

    @Column(name = "proposer_name")
    @NonNull
    public String proposerName;

    @Column(name = "proposed_at", updatable = false)
    @NonNull
    public OffsetDateTime proposedAt;

    @Enumerated(EnumType.STRING)
    @NonNull
    public ChangeStatus status;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "resulting_version")
    @Description("The version the approval published")
    public Integer resultingVersion;

    @Ignore
    @Column(name = "client_key")
    public String clientKey;

    /** SHA-256 of the request that created this under its client key (see {@code Idempotency}). */
    @Ignore
    @Column(name = "payload_hash")
    public String payloadHash;

    @Description("When the client says it submitted this, by its own clock (the server's time is kept apart)")
    @Column(name = "client_time")
    public OffsetDateTime clientTime;

    @Version
    @NonNull
    public int version;
}

package cn.lvzhi.evaluation.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 延期申请: the unit asks to move a ledger item's due date, with a reason; 编办 approves or refuses. Kept either way. */
@Entity
@Table(name = "evaluation_ledger_extension")
@Type("EvaluationLedgerExtension")
public class LedgerExtension extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "item_id", updatable = false)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long itemId;

    @NonNull
    public String reason;

    @Column(name = "requested_due_on")
    @NonNull
    public LocalDate requestedDueOn;

    @Column(name = "previous_due_on")
    @NonNull
    public LocalDate previousDueOn;

    @Column(name = "requested_by_name")
    @NonNull
    public String requestedByName;

    @Column(name = "requested_at")
    @NonNull
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @NonNull
    public ExtensionStatus status;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;
}

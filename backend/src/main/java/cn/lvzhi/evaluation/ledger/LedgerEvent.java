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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One step in a ledger item's timeline (transition, action, extension), never changed once written. */
@Entity
@Table(name = "evaluation_ledger_event")
@Type("EvaluationLedgerEvent")
public class LedgerEvent extends PanacheEntityBase {
    /** What happened. */
    @org.eclipse.microprofile.graphql.Enum("LedgerEventKind")
    public enum Kind {
        OPENED, RECTIFIED, VERIFIED, VERIFICATION_FAILED, CLOSED, ACTION_ADDED, ACTION_DONE, ACTION_UNDONE,
        EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "item_id", updatable = false)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long itemId;

    @Enumerated(EnumType.STRING)
    @NonNull
    public Kind kind;

    @NonNull
    public OffsetDateTime at;

    @Column(name = "by_subject")
    @Ignore
    public String bySubject;

    @Column(name = "by_name")
    @NonNull
    public String byName;

    @Description("What was said: the evidence, the reason, the action, the verification's note")
    public String note;

    @Enumerated(EnumType.STRING)
    public LedgerRating rating;

    static LedgerEvent of(long itemId, Kind kind, OffsetDateTime at, String bySubject, String byName, String note) {
        LedgerEvent e = new LedgerEvent();
        e.itemId = itemId;
        e.kind = kind;
        e.at = at;
        e.bySubject = bySubject;
        e.byName = byName;
        e.note = note;
        return e;
    }
}

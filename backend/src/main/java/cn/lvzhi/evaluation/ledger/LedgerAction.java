package cn.lvzhi.evaluation.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** 整改措施: one action of a ledger item, done or not; an item is closed only when all are done. */
@Entity
@Table(name = "evaluation_ledger_action")
@Type("EvaluationLedgerAction")
public class LedgerAction extends PanacheEntityBase {
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
    public String description;

    @NonNull
    public boolean done;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "done_by_name")
    public String doneByName;
}

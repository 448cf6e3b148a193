package cn.lvzhi.evaluation.results;

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
 * A problem found by an evaluation, raised for the rectification ledger (整改台账) of the fieldwork: the ledger links
 * its item here ({@code ledgerItemId}). Raised from a result, its source is the score row (SCORE) when one is named.
 */
@Entity
@Table(name = "evaluation_problem")
@Type("EvaluationProblem")
public class EvaluationProblem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    public Long roundId;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Column(name = "source_kind")
    @NonNull
    @Description("SCORE, VERIFICATION, FORM_REVIEW or OTHER")
    public String sourceKind;

    @Column(name = "source_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The score row, for a problem raised on an indicator")
    public Long sourceId;

    @NonNull
    public String description;

    @Column(name = "raised_by_name")
    @NonNull
    public String raisedByName;

    @Column(name = "raised_at", updatable = false)
    @NonNull
    public OffsetDateTime raisedAt;

    @Column(name = "ledger_item_id")
    @Ignore
    public Long ledgerItemId;
}

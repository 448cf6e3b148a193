package cn.lvzhi.disputes;

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
import java.util.List;

/**
 * A dispute (职责争议): every first-hop unit refused a case, so it climbs the coordination ladder until someone
 * names the lead unit; the decision dispatches the case and drafts a boundary item.
 */
@Entity
@Table(name = "case_dispute")
@Type("Dispute")
public class Dispute extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    @Description("争议编号: ZY- and the case's code")
    public String code;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The current rung (when resolved: the rung that resolved it)")
    public DisputeRung rung;

    @NonNull
    @Enumerated(EnumType.STRING)
    public DisputeStatus status;

    @Column(name = "opened_at")
    @NonNull
    public OffsetDateTime openedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "lead_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The lead unit the decision names")
    public Long leadUnitId;

    @Column(name = "lead_responsibility")
    public String leadResponsibility;

    /** The co-operating units as stored: a JSON object, since the reactive JSON binding takes objects only. */
    public record Cooperating(List<DisputeParty> parties) {
    }

    @Ignore
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating")
    public Cooperating cooperatingParties;

    @Description("The decision's text (裁定/协调意见)")
    public String decision;

    @Column(name = "boundary_item_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The draft boundary item (职责边界事项) the decision proposed, for the establishment office to approve")
    public Long boundaryItemId;

    @Version
    @NonNull
    public int version;

    @NonNull
    @Description("The co-operating units the decision names, with their responsibilities")
    public List<@NonNull DisputeParty> getCooperating() {
        return cooperatingParties == null || cooperatingParties.parties() == null ? List.of() : cooperatingParties.parties();
    }
}

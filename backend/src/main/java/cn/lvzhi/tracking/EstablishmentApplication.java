package cn.lvzhi.tracking;

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

import java.time.OffsetDateTime;

/** A unit's application for a new establishment matter (机构编制事项申请); refused while the unit is suspended. */
@Entity
@Table(name = "establishment_application")
@Type("EstablishmentApplication")
public class EstablishmentApplication extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Enumerated(EnumType.STRING)
    @NonNull
    public MatterKind kind;

    @NonNull
    public String title;

    @NonNull
    public String reason;

    @Column(name = "submitted_by")
    @NonNull
    public String submittedBy;

    @Column(name = "submitted_at")
    @NonNull
    public OffsetDateTime submittedAt;
}

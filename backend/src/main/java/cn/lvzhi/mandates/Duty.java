package cn.lvzhi.mandates;

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
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One article of a mandate (职责条目): the text, the unit's part in it and how it changed. */
@Entity
@Table(name = "mandate_duty")
@Type("Duty")
public class Duty extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @NonNull
    @Description("Position in the mandate (第N条)")
    public int ordinal;

    @NonNull
    public String text;

    @Column(name = "duty_role")
    @Enumerated(EnumType.STRING)
    @NonNull
    public DutyRole role;

    @Column(name = "change_status")
    @Enumerated(EnumType.STRING)
    @NonNull
    public DutyChangeStatus changeStatus;

    @Column(name = "related_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("Transfers: the unit the duty came from (划入) or went to (划出)")
    public Long relatedUnitId;

    @Version
    @NonNull
    public int version;

    @Column(name = "created_at", updatable = false, insertable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;
}

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
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A round of follow-up (问效批次) planned by a region's establishment office; walks the seven steps in order. */
@Entity
@Table(name = "tracking_round")
@Type("TrackingRound")
public class TrackingRound extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "region_path")
    @Ignore
    public String regionPath;

    @NonNull
    public String name;

    @Column(name = "plan_date")
    @NonNull
    @Description("The plan date; matters approved 6–12 months before it are proposed")
    public LocalDate planDate;

    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("The current step")
    public TrackingStep step;

    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public Map<MatterKind, List<Indicator>> templates;

    @Version
    @NonNull
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    @NonNull
    public OffsetDateTime createdAt;
}

package cn.lvzhi.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** The template of one kind of matter (问效指标模板): weighted indicators summing to 100. */
@Entity
@Table(name = "tracking_template")
@Type("TrackingTemplate")
public class TrackingTemplate extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    @NonNull
    public MatterKind kind;

    /** Stored as a JSON object: a top-level JSON array does not map through the reactive driver. */
    @Column(name = "indicators")
    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public IndicatorSet indicatorSet;

    /** The indicators, in order. */
    public record IndicatorSet(List<Indicator> indicators) {
    }

    @NonNull
    public List<@NonNull Indicator> getIndicators() {
        return indicatorSet.indicators();
    }

    @Version
    @NonNull
    public int version;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;
}

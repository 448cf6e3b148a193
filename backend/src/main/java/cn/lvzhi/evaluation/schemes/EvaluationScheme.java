package cn.lvzhi.evaluation.schemes;

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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * 评估标准: one version of a region's indicator scheme for a year. A scheme used by a round never changes again; a new
 * version supersedes it.
 */
@Entity
@Table(name = "evaluation_scheme")
public class EvaluationScheme extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "region_path")
    @Ignore
    public String regionPath;

    @NonNull
    public int year;

    @Column(name = "version_no")
    @NonNull
    public int versionNo;

    @NonNull
    public String name;

    @Enumerated(EnumType.STRING)
    @NonNull
    public SchemeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public SchemeDocument document;

    @Column(name = "total_points")
    @NonNull
    public BigDecimal totalPoints;

    @Column(name = "previous_scheme_id")
    @Ignore
    public Long previousSchemeId;

    @Column(name = "superseded_by_id")
    @Ignore
    public Long supersededById;

    @Column(name = "created_by_name")
    @NonNull
    public String createdByName;

    @Version
    @NonNull
    public int version;

    @Column(name = "created_at", updatable = false)
    @NonNull
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;
}

package cn.lvzhi.org;

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

import java.time.OffsetDateTime;

/** A unit (单位): one node of the organisation tree — a government, department, office, township, grid… */
@Entity
@Table(name = "unit")
@Type("Unit")
public class Unit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    @Description("Stable unique code (单位编码), e.g. JZ-QH-D10")
    public String code;

    @NonNull
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Enumerated(EnumType.STRING)
    public UnitCategory category;

    @Column(name = "credit_code")
    @Description("统一社会信用代码 (GB 32100)")
    public String creditCode;

    @Column(name = "parent_id")
    @org.eclipse.microprofile.graphql.Id
    public Long parentId;

    @NonNull
    @Description("0 for a root")
    public int depth;

    /** Ancestor ids including its own, '/1/7/42/': a prefix query finds a subtree. */
    @Ignore
    public String path;

    @Version
    @NonNull
    @Description("Optimistic-lock version; send it back with an update")
    public int version;

    @Ignore
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Ignore
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

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
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An establishment decision (机构编制事项) about one unit: set-up, change, merge or abolition, with its document. */
@Entity
@Table(name = "establishment_matter")
@Type("EstablishmentMatter")
public class EstablishmentMatter extends PanacheEntityBase {
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

    @Column(name = "document_no")
    @NonNull
    @Description("The decision document (文号), e.g. 清编〔2026〕12号")
    public String documentNo;

    @Column(name = "approved_on")
    @NonNull
    @Description("The approval date (批复日期); decides which rounds review the matter")
    public LocalDate approvedOn;

    @NonNull
    public String content;

    @Version
    @NonNull
    public int version;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;
}

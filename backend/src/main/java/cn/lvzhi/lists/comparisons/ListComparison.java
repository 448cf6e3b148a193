package cn.lvzhi.lists.comparisons;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/**
 * A stored comparison report (比对报告): cross-level (上下联动, one county department's power list against the
 * city's) or two-list fusion (两单融合, the service items of a department or region against its power items).
 */
@Entity
@Table(name = "list_comparison")
@Type("ListComparison")
public class ListComparison extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ComparisonKind kind;

    @Column(name = "subject_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The county department compared (上下联动), or the department or region whose lists are fused (两单融合)")
    public Long subjectUnitId;

    @Column(name = "reference_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The city department it is compared with; none for a fusion report")
    public Long referenceUnitId;

    @Column(name = "run_at")
    @NonNull
    public OffsetDateTime runAt;

    @Column(name = "run_by")
    @NonNull
    public String runBy;

    @Column(name = "subject_items")
    @NonNull
    @Description("Items on the subject side: the county list, or the service items of a fusion")
    public int subjectItems;

    @Column(name = "reference_items")
    @NonNull
    @Description("Items on the reference side: the city list, or the power items of a fusion")
    public int referenceItems;
}

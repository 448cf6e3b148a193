package cn.lvzhi.lists;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A stored cross-level comparison report (上下联动比对): one county department's power list against the city's. */
@Entity
@Table(name = "list_comparison")
@Type("ListComparison")
public class ListComparison extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "subject_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The county department compared")
    public Long subjectUnitId;

    @Column(name = "reference_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The city department it is compared with")
    public Long referenceUnitId;

    @Column(name = "run_at")
    @NonNull
    public OffsetDateTime runAt;

    @Column(name = "run_by")
    @NonNull
    public String runBy;

    @Column(name = "subject_items")
    @NonNull
    public int subjectItems;

    @Column(name = "reference_items")
    @NonNull
    public int referenceItems;
}

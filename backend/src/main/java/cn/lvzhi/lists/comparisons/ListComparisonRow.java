package cn.lvzhi.lists.comparisons;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.io.Serializable;

/** One difference of a comparison report. */
@Entity
@Table(name = "list_comparison_row")
@IdClass(ListComparisonRow.Key.class)
@Type("ListComparisonRow")
public class ListComparisonRow extends PanacheEntityBase {
    /** Composite key: report and position. */
    public record Key(Long comparisonId, Integer seq) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "comparison_id")
    @Ignore
    public Long comparisonId;

    @Id
    @NonNull
    public Integer seq;

    @Enumerated(EnumType.STRING)
    @NonNull
    public ComparisonDifference difference;

    @Column(name = "catalogue_code")
    @NonNull
    @Description("The matching key: the catalogue code (上下联动), or the power item code a fusion matched on (the service item's own code when it names none)")
    public String catalogueCode;

    @Column(name = "item_name")
    @NonNull
    public String itemName;

    @Column(name = "subject_item_id")
    @org.eclipse.microprofile.graphql.Id
    public Long subjectItemId;

    @Column(name = "reference_item_id")
    @org.eclipse.microprofile.graphql.Id
    public Long referenceItemId;

    @Column(name = "service_item_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The service item of a fusion row")
    public Long serviceItemId;

    @Column(name = "subject_value")
    public String subjectValue;

    @Column(name = "reference_value")
    public String referenceValue;
}

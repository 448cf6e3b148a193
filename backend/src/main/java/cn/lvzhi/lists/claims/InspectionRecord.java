package cn.lvzhi.lists.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An inspection carried out under a 行政检查 power item (检查实施记录); inspection coverage counts items with one. */
@Entity
@Table(name = "inspection_record")
@Type("InspectionRecord")
public class InspectionRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "item_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long itemId;

    @Column(name = "inspected_on")
    @NonNull
    public LocalDate date;

    @Column(name = "object_count")
    @NonNull
    public int objectCount;

    public String note;

    @Column(name = "recorded_by")
    @NonNull
    public String recordedBy;

    @Column(name = "recorded_at")
    @NonNull
    public OffsetDateTime recordedAt;
}

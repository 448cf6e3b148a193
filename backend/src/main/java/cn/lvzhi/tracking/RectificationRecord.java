package cn.lvzhi.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;

/** A rectification (督促整改) required of a reviewed unit, with its deadline and the date the office recorded it done. */
@Entity
@Table(name = "tracking_rectification")
@Type("TrackingRectification")
public class RectificationRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long roundId;

    @Column(name = "matter_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long matterId;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @NonNull
    public String requirement;

    @NonNull
    public LocalDate deadline;

    @Column(name = "done_on")
    @Description("When the office recorded it done; absent while open")
    public LocalDate doneOn;

    @Column(name = "done_note")
    public String doneNote;

    @Version
    @NonNull
    public int version;
}

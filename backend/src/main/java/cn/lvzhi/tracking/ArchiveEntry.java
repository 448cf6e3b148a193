package cn.lvzhi.tracking;

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

/** The archived result of one matter's review (问效电子档案): immutable (a trigger refuses edits), with its SHA-256. */
@Entity
@Table(name = "tracking_archive")
@Type("TrackingArchiveEntry")
public class ArchiveEntry extends PanacheEntityBase {
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

    @NonNull
    @Description("The archived review as JSON text")
    public String content;

    @Column(name = "content_hash")
    @NonNull
    @Description("SHA-256 (hex) of the content's UTF-8 bytes")
    public String contentHash;

    @Column(name = "archived_by")
    @NonNull
    public String archivedBy;

    @Column(name = "archived_at")
    @NonNull
    public OffsetDateTime archivedAt;
}

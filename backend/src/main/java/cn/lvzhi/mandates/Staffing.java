package cn.lvzhi.mandates;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A unit's current staffing (编制): approved posts by type, leader posts, actual headcount. */
@Entity
@Table(name = "staffing")
@Type("Staffing")
public class Staffing extends PanacheEntityBase {
    @Id
    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Column(name = "administrative_posts")
    @NonNull
    public int administrativePosts;

    @Column(name = "institutional_posts")
    @NonNull
    public int institutionalPosts;

    @Column(name = "service_worker_posts")
    @NonNull
    public int serviceWorkerPosts;

    @Column(name = "leader_posts")
    @NonNull
    public int leaderPosts;

    @Column(name = "actual_headcount")
    @NonNull
    public int actualHeadcount;

    @Version
    @NonNull
    public int version;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @Ignore
    public StaffingFigures figures() {
        return new StaffingFigures(administrativePosts, institutionalPosts, serviceWorkerPosts, leaderPosts, actualHeadcount);
    }

    void apply(StaffingFigures f) {
        administrativePosts = f.administrativePosts();
        institutionalPosts = f.institutionalPosts();
        serviceWorkerPosts = f.serviceWorkerPosts();
        leaderPosts = f.leaderPosts();
        actualHeadcount = f.actualHeadcount();
        updatedAt = OffsetDateTime.now();
    }
}

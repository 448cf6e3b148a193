package cn.lvzhi.evaluation.goals;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A progress report (履职进展) of a unit against a milestone of its published goal, with evidence files. */
@Entity
@Table(name = "goal_progress")
@Type("GoalProgress")
public class GoalProgress extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "milestone_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long milestoneId;

    @Column(name = "goal_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long goalId;

    @NonNull
    public String report;

    @Column(name = "quantity_reached")
    public BigDecimal quantityReached;

    @Column(name = "file_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> fileIds;

    @Column(name = "reported_by_name")
    @NonNull
    public String reportedByName;

    @Column(name = "reported_at")
    @NonNull
    public OffsetDateTime reportedAt;
}

package cn.lvzhi.evaluation.goals;

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

import java.math.BigDecimal;
import java.time.LocalDate;

/** A quarterly milestone (季度节点) of a duty goal: what is due by when. */
@Entity
@Table(name = "duty_goal_milestone")
@Type("GoalMilestone")
public class GoalMilestone extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "goal_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long goalId;

    @NonNull
    @Description("1 to 4")
    public int quarter;

    @NonNull
    public String description;

    @Column(name = "due_on")
    @NonNull
    public LocalDate dueOn;

    @Column(name = "due_quantity")
    @Description("For a quantity target: the cumulative quantity due by this milestone")
    public BigDecimal dueQuantity;
}

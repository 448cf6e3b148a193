package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.SubmissionForm;
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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** What a unit must submit in a round for one form (报送事项), with its on-time deadline and later lock. */
@Entity
@Table(name = "evaluation_submission")
@Type("EvaluationSubmission")
public class Submission extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @Ignore
    public Long roundId;

    @Column(name = "unit_id")
    @Ignore
    public Long unitId;

    @Enumerated(EnumType.STRING)
    @NonNull
    public SubmissionForm form;

    @Column(name = "due_at")
    @NonNull
    public OffsetDateTime dueAt;

    @Column(name = "locks_at")
    @NonNull
    public OffsetDateTime locksAt;

    @Enumerated(EnumType.STRING)
    @NonNull
    public SubmissionStatus status;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    @Column(name = "review_comment")
    public String reviewComment;

    @Version
    @NonNull
    public int version;

    /** A form the unit has yet to submit in the round, with its deadlines. */
    static Submission pending(long roundId, long unitId, SubmissionForm form, OffsetDateTime dueAt, OffsetDateTime locksAt) {
        Submission s = new Submission();
        s.roundId = roundId;
        s.unitId = unitId;
        s.form = form;
        s.dueAt = dueAt;
        s.locksAt = locksAt;
        s.status = SubmissionStatus.PENDING;
        return s;
    }
}

package cn.lvzhi.evaluation.peer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A rater unit's submitted set of ratings in a round (互评提交): from then on its ratings are locked. */
@Entity
@Table(name = "evaluation_peer_submission")
@IdClass(PeerSubmission.Key.class)
public class PeerSubmission extends PanacheEntityBase {
    @Id
    @Column(name = "round_id")
    public Long roundId;

    @Id
    @Column(name = "rater_unit_id")
    public Long raterUnitId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    /** The composite key. */
    public record Key(Long roundId, Long raterUnitId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

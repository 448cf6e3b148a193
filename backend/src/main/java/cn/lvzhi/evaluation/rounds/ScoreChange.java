package cn.lvzhi.evaluation.rounds;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A change of a score after its round was published (公布后更正), kept beside the flag on the score and the audit trail. */
@Entity
@Table(name = "evaluation_score_change")
public class ScoreChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "score_id")
    public Long scoreId;

    @Column(name = "old_score")
    public BigDecimal oldScore;

    @Column(name = "new_score")
    public BigDecimal newScore;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}

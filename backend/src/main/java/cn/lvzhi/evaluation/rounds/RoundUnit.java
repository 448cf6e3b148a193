package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationCategory;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A unit in a round's scope, with the category it is scored and ranked in (frozen when the round opens). */
@Entity
@Table(name = "evaluation_round_unit")
@IdClass(RoundUnit.Key.class)
public class RoundUnit extends PanacheEntityBase {
    @Id
    @Column(name = "round_id")
    public Long roundId;

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Enumerated(EnumType.STRING)
    public EvaluationCategory category;

    /** The composite key. */
    public record Key(Long roundId, Long unitId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

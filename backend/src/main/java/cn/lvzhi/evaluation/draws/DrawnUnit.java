package cn.lvzhi.evaluation.draws;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A unit a draw took (the seam row read by {@link DrawnUnits}), with its stratum, rank and rank hash. */
@Entity
@Table(name = "evaluation_draw_unit")
@IdClass(DrawnUnit.Key.class)
public class DrawnUnit extends PanacheEntityBase {
    @Id
    @Column(name = "draw_id")
    public Long drawId;

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    public String stratum;

    public int rank;

    public String hash;

    /** The composite key. */
    public record Key(Long drawId, Long unitId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

package cn.lvzhi.evaluation.peer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An entry of the conflict register (互评回避): two units that must not rate each other, for one round or (no round) for
 * every round of the region, with the reason. The pair is kept with the smaller unit id first.
 */
@Entity
@Table(name = "evaluation_peer_conflict")
public class PeerConflict extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_path")
    public String regionPath;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "unit_a_id")
    public Long unitAId;

    @Column(name = "unit_b_id")
    public Long unitBId;

    public String reason;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}

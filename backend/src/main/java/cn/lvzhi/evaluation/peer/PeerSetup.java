package cn.lvzhi.evaluation.peer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A round's peer assessment set-up (互评设置): the rating window, the trimming rule and when the matrix was generated. */
@Entity
@Table(name = "evaluation_peer_setup")
public class PeerSetup extends PanacheEntityBase {
    @Id
    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    @Column(name = "trim_from")
    public int trimFrom;

    @Column(name = "generated_at")
    public OffsetDateTime generatedAt;

    @Column(name = "generated_by_name")
    public String generatedByName;

    /** Bumped by every change of the set-up or the matrix (checked by hand: rules live in their own rows). */
    public int version;
}

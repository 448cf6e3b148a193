package cn.lvzhi.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.smallrye.mutiny.Uni;

import java.time.OffsetDateTime;

/** A matter in a round's scope (问效对象): proposed by the date rule or changed by the office with a reason; its self-check. */
@Entity
@Table(name = "tracking_round_matter")
public class RoundMatter extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "matter_id")
    public Long matterId;

    public boolean included;

    public boolean proposed;

    public String reason;

    @Column(name = "self_check")
    public String selfCheck;

    @Column(name = "self_check_by")
    public String selfCheckBy;

    @Column(name = "self_check_at")
    public OffsetDateTime selfCheckAt;

    @Version
    public int version;

    /** The row of the matter in the round, or null. */
    static Uni<RoundMatter> of(long roundId, long matterId) {
        return find("roundId = ?1 and matterId = ?2", roundId, matterId).firstResult();
    }
}

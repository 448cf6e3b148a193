package cn.lvzhi.evaluation.peer;

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

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One cell of the peer matrix (互评任务): the rater unit rates the target unit in the round, and its rating once given. */
@Entity
@Table(name = "evaluation_peer_assignment")
public class PeerAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "rater_kind")
    @Enumerated(EnumType.STRING)
    public PeerKind raterKind;

    @Column(name = "target_kind")
    @Enumerated(EnumType.STRING)
    public PeerKind targetKind;

    @Column(name = "rater_unit_id")
    public Long raterUnitId;

    @Column(name = "target_unit_id")
    public Long targetUnitId;

    public BigDecimal score;

    public String comment;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    @Column(name = "rated_by_name")
    public String ratedByName;

    @Version
    public int version;
}

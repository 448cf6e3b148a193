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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rule of the matrix (互评规则): units of one kind rate units of a kind, so many raters per target unit. */
@Entity
@Table(name = "evaluation_peer_rule")
@Type("PeerRule")
public class PeerRule extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Column(name = "round_id")
    @Ignore
    public Long roundId;

    @Column(name = "rater_kind")
    @Enumerated(EnumType.STRING)
    @NonNull
    public PeerKind raterKind;

    @Column(name = "target_kind")
    @Enumerated(EnumType.STRING)
    @NonNull
    public PeerKind targetKind;

    @Column(name = "raters_per_target")
    @NonNull
    public int ratersPerTarget;
}

package cn.lvzhi.evaluation.draws;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** A 双随机 draw of a round (抽查): its definition, frozen inputs and hash, seed, and the moments of each step. */
@Entity
@Table(name = "evaluation_draw")
public class Draw extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "region_path")
    public String regionPath;

    @Enumerated(EnumType.STRING)
    public DrawStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Strata strata;

    @Column(name = "k_office")
    public int kOffice;

    @Column(name = "inspectors_per_unit")
    public int inspectorsPerUnit;

    @Column(name = "frozen_inputs")
    @JdbcTypeCode(SqlTypes.JSON)
    public DrawInputs frozenInputs;

    @Column(name = "frozen_hash")
    public String frozenHash;

    public String seed;

    @Column(name = "seed_generated")
    public boolean seedGenerated;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "frozen_at")
    public OffsetDateTime frozenAt;

    @Column(name = "seeded_at")
    public OffsetDateTime seededAt;

    @Column(name = "drawn_at")
    public OffsetDateTime drawnAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Version
    public int version;

    /** The strata in the order they are drawn, kept as one JSON object. */
    public record Strata(List<StratumSize> strata) {
    }
}

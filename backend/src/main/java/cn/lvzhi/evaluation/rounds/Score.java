package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.IndicatorSource;
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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The score row of one leaf indicator of one unit in one round, with every marking stage kept: the figure, the
 * self-assessment, 编办's first mark, the unit's reply, 编办's final mark. Who may read which stage is decided in one
 * place (the rounds' visibility policy), never by the API class.
 */
@Entity
@Table(name = "evaluation_score")
public class Score extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @Ignore
    public Long roundId;

    @Column(name = "unit_id")
    @Ignore
    public Long unitId;

    @Column(name = "indicator_code")
    @NonNull
    public String indicatorCode;

    @Column(name = "not_applicable")
    @NonNull
    public boolean notApplicable;

    public BigDecimal figure;

    @Column(name = "figure_numerator")
    public BigDecimal figureNumerator;

    @Column(name = "figure_denominator")
    public BigDecimal figureDenominator;

    @Column(name = "figure_source")
    @Enumerated(EnumType.STRING)
    public IndicatorSource figureSource;

    @Column(name = "import_id")
    @Ignore
    public Long importId;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;

    @Column(name = "self_score")
    public BigDecimal selfScore;

    @Column(name = "self_note")
    public String selfNote;

    @Column(name = "self_by_name")
    public String selfByName;

    @Column(name = "self_file_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> selfFileIds;

    @Column(name = "self_at")
    public OffsetDateTime selfAt;

    @Column(name = "first_score")
    public BigDecimal firstScore;

    @Column(name = "first_reason")
    public String firstReason;

    @Column(name = "first_by_name")
    public String firstByName;

    @Column(name = "first_at")
    public OffsetDateTime firstAt;

    @Column(name = "reply_text")
    public String replyText;

    @Column(name = "reply_file_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> replyFileIds;

    @Column(name = "reply_by_name")
    public String replyByName;

    @Column(name = "reply_at")
    public OffsetDateTime replyAt;

    @Column(name = "final_score")
    public BigDecimal finalScore;

    @Column(name = "final_reason")
    public String finalReason;

    @Column(name = "final_by_name")
    public String finalByName;

    @Column(name = "final_at")
    public OffsetDateTime finalAt;

    @Column(name = "changed_after_publication")
    @NonNull
    public boolean changedAfterPublication;

    @Version
    @NonNull
    public int version;
}

package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationPeriodKind;
import cn.lvzhi.evaluation.EvaluationStage;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 评估批次: a scheme applied to the units in scope over a period, marked in stages and then published. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "region_path")
    @Ignore
    public String regionPath;

    @NonNull
    public String name;

    @Column(name = "scheme_id")
    @Ignore
    public Long schemeId;

    @Column(name = "period_kind")
    @Enumerated(EnumType.STRING)
    @NonNull
    public EvaluationPeriodKind periodKind;

    @Column(name = "period_start")
    @NonNull
    public LocalDate periodStart;

    @Column(name = "period_end")
    @NonNull
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @NonNull
    public EvaluationStage stage;

    @Column(name = "min_rank_sample")
    @NonNull
    public int minRankSample;

    @Column(name = "reply_closes_at")
    public OffsetDateTime replyClosesAt;

    @Column(name = "previous_round_id")
    @Ignore
    public Long previousRoundId;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by_name")
    public String publishedByName;

    @Column(name = "created_by_name")
    @NonNull
    public String createdByName;

    @Version
    @NonNull
    public int version;

    /** Set when the round is opened, so the opening's answer carries it (the column's default would stay unread). */
    @Column(name = "created_at", updatable = false)
    @NonNull
    public OffsetDateTime createdAt;
}

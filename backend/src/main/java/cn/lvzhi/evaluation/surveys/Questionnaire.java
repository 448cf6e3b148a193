package cn.lvzhi.evaluation.surveys;

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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 问卷: a questionnaire the establishment office of a region designs (满意度测评, 社会各界评部门, 五个一's 一张问卷),
 * optionally for a round and assessing some units, published to an audience and closed; its questions are fixed once
 * published.
 */
@Entity
@Table(name = "evaluation_questionnaire")
public class Questionnaire extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "region_path")
    @Ignore
    public String regionPath;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The evaluation round it serves, if any")
    public Long roundId;

    @NonNull
    public String title;

    public String intro;

    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public QuestionSet questions;

    @Column(name = "target_unit_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> targetUnitIds;

    @Enumerated(EnumType.STRING)
    @NonNull
    public QuestionnaireStatus status;

    @Enumerated(EnumType.STRING)
    @Description("Who answers; set on publication")
    public SurveyAudience audience;

    @Column(name = "respondent_unit_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> respondentUnitIds;

    @Column(name = "office_unit_id")
    @Ignore
    public Long officeUnitId;

    @Column(name = "link_token")
    @Ignore
    public String linkToken;

    @Column(name = "results_shared")
    @NonNull
    @Description("编办 lets the assessed units read their own results")
    public boolean resultsShared;

    @Column(name = "created_by_name")
    @NonNull
    public String createdByName;

    @Column(name = "created_at")
    @NonNull
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    @NonNull
    public int version;
}

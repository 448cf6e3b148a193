package cn.lvzhi.investigations;

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
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An investigation (责任倒查) of one UNSATISFIED rating by the discipline office (纪委监委) or the organisation
 * department (组织部): findings, then a conclusion with the units and people it concerns.
 */
@Entity
@Table(name = "investigation")
@Type("Investigation")
public class Investigation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "rating_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long ratingId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @Ignore
    @Column(name = "area_path")
    public String areaPath;

    @Column(name = "rated_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The unit whose work was rated 不满意")
    public Long ratedUnitId;

    @Column(name = "opener_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long openerUnitId;

    @Column(name = "opener_name")
    @NonNull
    public String openerName;

    @NonNull
    @Description("What is investigated (倒查事由)")
    public String subject;

    @NonNull
    @Enumerated(EnumType.STRING)
    public InvestigationStatus status;

    @Enumerated(EnumType.STRING)
    public InvestigationConclusion conclusion;

    @Column(name = "conclusion_text")
    public String conclusionText;

    @Column(name = "linked_units")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("Units the conclusion concerns (names as text)")
    public List<@NonNull String> linkedUnits;

    @Column(name = "linked_people")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("People the conclusion concerns (names as text)")
    public List<@NonNull String> linkedPeople;

    @Column(name = "opened_at")
    @NonNull
    public OffsetDateTime openedAt;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    @Column(name = "concluded_by_name")
    public String concludedByName;

    @Version
    @NonNull
    @Description("Optimistic-lock version; send it back with concludeInvestigation")
    public int version;
}

package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A return visit (回访): the originator or the command centre asks the reporter whether the case was solved. */
@Entity
@Table(name = "case_visit")
@Type("CaseVisit")
public class CaseVisit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @NonNull
    @Description("The case's round of handling the visit followed")
    public int round;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("回访方式")
    public VisitWay way;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The reporter's satisfaction (满意/基本满意/不满意)")
    public RatingLevel satisfaction;

    public String note;

    @Ignore
    @Column(name = "by_subject")
    public String bySubject;

    @Column(name = "by_name")
    @NonNull
    @Description("Who visited")
    public String byName;

    @Column(name = "by_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long byUnitId;

    @Column(name = "visited_at")
    @NonNull
    public OffsetDateTime visitedAt;
}

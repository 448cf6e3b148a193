package cn.lvzhi.mandates;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated change of a unit's staffing (编制变更记录); the history is append-only (a database trigger refuses updates and deletes). */
@Entity
@Table(name = "staffing_change")
@Type("StaffingChange")
public class StaffingChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Column(name = "effective_date")
    @NonNull
    @Description("The date the document takes effect")
    public LocalDate effectiveDate;

    @Column(name = "before_figures")
    @JdbcTypeCode(SqlTypes.JSON)
    @Description("The staffing before; absent for the first approval")
    public StaffingFigures before;

    @Column(name = "after_figures")
    @JdbcTypeCode(SqlTypes.JSON)
    @NonNull
    public StaffingFigures after;

    @Column(name = "document_no")
    @NonNull
    @Description("The approving document (文号), e.g. 清编〔2026〕12号")
    public String documentNo;

    @NonNull
    public String reason;

    @Column(name = "changed_by_name")
    @NonNull
    public String changedByName;

    @Column(name = "changed_at")
    @NonNull
    public OffsetDateTime changedAt;
}

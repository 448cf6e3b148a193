package cn.lvzhi.evaluation.forms;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** The draft (草稿) of a “1+3” form a unit is filling; each save must name the version it read. */
@Entity
@Table(name = "evaluation_form_draft")
public class FormDraft extends PanacheEntityBase {
    @Id
    @Column(name = "submission_id")
    public Long submissionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public FormContent content;

    /** Counted by the service (not JPA's @Version), so a stale save is refused with the current number. */
    public int version;

    @Column(name = "saved_at")
    public OffsetDateTime savedAt;

    @Column(name = "saved_by_name")
    public String savedByName;
}

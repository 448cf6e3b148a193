package cn.lvzhi.evaluation.fieldwork;

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

/** 一个报告: a drawn unit's work report against the standard, written by the unit and reviewed by 编办. */
@Entity
@Table(name = "fieldwork_report")
@Type("FieldworkReport")
public class FieldworkReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long roundId;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @NonNull
    @Description("The report in Markdown (headings, lists, bold); shown with every HTML tag escaped")
    public String body;

    @Column(name = "file_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> fileIds;

    @Enumerated(EnumType.STRING)
    @NonNull
    public ReportStatus status;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by_name")
    public String reviewedByName;

    @Column(name = "updated_by_name")
    @NonNull
    public String updatedByName;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @Version
    @NonNull
    public int version;
}

package cn.lvzhi.evaluation.forms;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** One submitted version (报送版本) of a “1+3” form, kept as submitted, with 编办's review of it. */
@Entity
@Table(name = "evaluation_form_version")
@Type("EvaluationFormVersion")
public class FormVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "submission_id")
    @Ignore
    public Long submissionId;

    @NonNull
    @Description("1 for the first submission, 2 after the first return, …")
    public int seq;

    @JdbcTypeCode(SqlTypes.JSON)
    @NonNull
    public FormContent content;

    @Column(name = "submitted_at")
    @NonNull
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by_name")
    @NonNull
    public String submittedByName;

    @NonNull
    public boolean late;

    @Enumerated(EnumType.STRING)
    public FormDecision decision;

    @Column(name = "review_comment")
    public String reviewComment;

    /** Stored as a JSON object (the reactive driver maps a JSON column to an object, never a bare array). */
    @Column(name = "row_comments")
    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public RowComments storedRowComments = new RowComments(List.of());

    @Column(name = "indicator_code")
    @Description("The indicator an accepted 年度职能运行成效表 fed (its self-score and figure)")
    public String indicatorCode;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by_name")
    public String reviewedByName;

    /** 编办's comments on single rows of this version. */
    @NonNull
    public List<@NonNull RowComment> getRowComments() {
        return storedRowComments == null ? List.of() : storedRowComments.rows();
    }

    /** The row comments as stored. */
    public record RowComments(List<RowComment> rows) {
        public RowComments {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** 编办's decision on a submitted version. */
    public enum FormDecision {
        /** 受理. */
        ACCEPTED,
        /** 退回. */
        RETURNED
    }

    /** 编办's comment on one row (0-based, in the version's order). */
    @Type("EvaluationFormRowComment")
    public record RowComment(@NonNull int row, @NonNull String comment) {
    }
}

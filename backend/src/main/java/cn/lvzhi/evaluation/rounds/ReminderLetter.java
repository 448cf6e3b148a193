package cn.lvzhi.evaluation.rounds;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** 提醒函: a numbered reminder letter to a unit still missing something past its due time; never rewritten. */
@Entity
@Table(name = "evaluation_reminder_letter")
@Type("EvaluationReminderLetter")
public class ReminderLetter extends PanacheEntityBase {
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

    @Column(name = "letter_no")
    @NonNull
    @Description("e.g. 清编评提〔2026〕7号")
    public String letterNo;

    @Column(name = "missing_forms")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("The forms (SubmissionForm) still missing when the letter was issued")
    public List<@NonNull String> missingForms;

    @Column(name = "issued_by_name")
    @NonNull
    public String issuedByName;

    @Column(name = "issued_at", insertable = false, updatable = false)
    @NonNull
    public OffsetDateTime issuedAt;

    /** Where the SPA downloads the letter as PDF ({@code ReminderLetterResource}). */
    public static String pdfPath(long id) {
        return "/api/evaluation/reminder-letters/" + id + "/letter.pdf";
    }
}

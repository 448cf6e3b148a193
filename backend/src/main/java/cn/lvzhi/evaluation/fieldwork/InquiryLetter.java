package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.DateRanges;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 一次函调: 编办's numbered inquiry letter (函调函) about a drawn unit to an addressee unit (司法局, the 12345 command centre or
 * the unit itself), with numbered questions and a reply due date; the addressee records the reply once.
 */
@Entity
@Table(name = "fieldwork_inquiry_letter")
@Type("FieldworkInquiryLetter")
public class InquiryLetter extends PanacheEntityBase {
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
    @Description("The drawn unit the letter inquires about")
    public Long unitId;

    @Column(name = "addressee_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long addresseeUnitId;

    @Column(name = "letter_no")
    @NonNull
    @Description("e.g. 清编函〔2026〕3号")
    public String letterNo;

    @NonNull
    public String subject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    public List<@NonNull String> questions;

    @Column(name = "reply_due_on")
    @NonNull
    public LocalDate replyDueOn;

    @Column(name = "client_key")
    @Ignore
    public String clientKey;

    @Column(name = "issued_by_name")
    @NonNull
    public String issuedByName;

    @Column(name = "issued_at")
    @NonNull
    public OffsetDateTime issuedAt;

    @Column(name = "reply_text")
    public String replyText;

    @Column(name = "reply_file_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<Long> replyFileIds;

    @Column(name = "replied_by_name")
    public String repliedByName;

    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;

    @Version
    @NonNull
    public int version;

    /** Overdue (逾期未复): the reply due date has passed (Asia/Shanghai) and no reply is recorded. */
    @NonNull
    @Description("The reply due date has passed and no reply is recorded")
    public boolean getOverdue() {
        return overdue(replyDueOn, repliedAt, DateRanges.today());
    }

    /** The one overdue rule, for a letter due {@code dueOn} replied at {@code repliedAt} (null: not yet), on {@code today}. */
    public static boolean overdue(LocalDate dueOn, OffsetDateTime repliedAt, LocalDate today) {
        return repliedAt == null && dueOn.isBefore(today);
    }

    /** Where the SPA downloads the letter as PDF ({@code InquiryLetterResource}). */
    @NonNull
    @Description("Where the letter is downloaded as PDF")
    public String getPdfPath() {
        return "/api/evaluation/fieldwork/letters/" + id + "/letter.pdf";
    }
}

package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A dispatch (派单): one edge of a case's handling chain, from a dispatching unit to a handling unit. */
@Entity
@Table(name = "case_dispatch")
@Type("Dispatch")
public class Dispatch extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @Column(name = "parent_dispatch_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The dispatch this one passes on (null for the first hop): the dispatches form a tree")
    public Long parentDispatchId;

    /**
     * The ids of the dispatches above this one, '/' for a first hop and '/<first hop>/…/<parent>/' below it; the
     * database fills it in from the parent, so "downstream of" is a prefix test in a query ({@link CaseVisibility}).
     */
    @Ignore
    @Column(name = "ancestry", insertable = false, updatable = false)
    public String ancestry;

    @Column(name = "from_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long fromUnitId;

    @Ignore
    @Column(name = "from_subject")
    public String fromSubject;

    @Column(name = "from_name")
    @NonNull
    @Description("Who dispatched it")
    public String fromName;

    @Column(name = "to_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long toUnitId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public DispatchRole role;

    @NonNull
    @Description("The case's round of handling this dispatch belongs to (1, then one more per 重办); earlier rounds are read-only")
    public int round = 1;

    public String instructions;

    @NonNull
    @Enumerated(EnumType.STRING)
    public DispatchStatus status;

    @Column(name = "sent_at")
    @NonNull
    public OffsetDateTime sentAt;

    @Column(name = "sign_deadline")
    @NonNull
    @Description("签收时限")
    public OffsetDateTime signDeadline;

    @Column(name = "handle_deadline")
    @NonNull
    @Description("办理时限")
    public OffsetDateTime handleDeadline;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "signed_by_name")
    public String signedByName;

    @Column(name = "refused_at")
    public OffsetDateTime refusedAt;

    @Column(name = "refusal_reason")
    @Description("退单理由")
    public String refusalReason;

    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;

    @Column(name = "reply_text")
    @Description("办结反馈")
    public String replyText;

    @Column(name = "reply_attachments")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    public List<@NonNull String> replyAttachments;

    @Column(name = "replied_by_name")
    public String repliedByName;

    @Column(name = "closed_at")
    @Description("When the closing unit closed this hop unfinished (open, or replied and unrated), with a reason")
    public OffsetDateTime closedAt;

    @Column(name = "close_reason")
    @Description("关闭理由: why the hop was closed unfinished")
    public String closeReason;

    @Column(name = "closed_by_name")
    public String closedByName;

    /** The legal basis named (办理依据; null when none), shown through {@code basis}. */
    @Ignore
    @Embedded
    public NamedBasis namedBasis;

    @NonNull
    @Description("Flagged by the overdue job when a clock ran out while open")
    public boolean overdue;

    @Version
    @NonNull
    public int version;

    /**
     * The HQL condition on a dispatch aliased {@code d} that it is overdue open work (超期未办): flagged, still
     * unsigned or unreplied, and not closed unfinished. One place for the overdue list and the board's count.
     */
    public static final String OVERDUE_OPEN = "d.overdue = true and d.status in (cn.lvzhi.cases.DispatchStatus.SENT,"
            + " cn.lvzhi.cases.DispatchStatus.SIGNED) and d.closedAt is null";
}

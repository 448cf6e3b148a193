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

/** A case (“一件事”事件): a problem reported once and handled along a chain of dispatches until rated and closed. */
@Entity(name = "CaseFile")
@Table(name = "case_file")
@Type("Case")
public class Case extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    @Description("事件编号, e.g. QH-20261124-0001")
    public String code;

    @NonNull
    public String title;

    @NonNull
    public String description;

    @Column(name = "category_item_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The collaboration, territorial or boundary list item the case falls under")
    public Long categoryItemId;

    @Column(name = "category_text")
    @Description("A free category, when no list item fits")
    public String categoryText;

    @NonNull
    public String address;

    public Double latitude;

    public Double longitude;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("References of attached photos and files")
    public List<@NonNull String> attachments;

    @NonNull
    @Enumerated(EnumType.STRING)
    public CaseSource source;

    @Column(name = "external_id")
    @Description("The submitting system's own id (e.g. the 12345 ticket number)")
    public String externalId;

    @Column(name = "origin_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The unit that reported it (发起单位)")
    public Long originUnitId;

    @Column(name = "area_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The township (or district) where it happened")
    public Long areaUnitId;

    @Ignore
    @Column(name = "area_path")
    public String areaPath;

    @Ignore
    @Column(name = "reporter_subject")
    public String reporterSubject;

    @Column(name = "reporter_name")
    @NonNull
    public String reporterName;

    @NonNull
    @Enumerated(EnumType.STRING)
    public CasePriority priority;

    public OffsetDateTime deadline;

    @NonNull
    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Ignore
    @Column(name = "has_unsatisfied")
    public boolean hasUnsatisfied;

    @Ignore
    @Column(name = "ever_disputed")
    public boolean everDisputed;

    @Ignore
    @Column(name = "client_key")
    public String clientKey;

    /** SHA-256 of the request that created this under its client key (see {@code Idempotency}). */
    @Ignore
    @Column(name = "payload_hash")
    public String payloadHash;

    @Description("When the client says it submitted this, by its own clock (the server's time is kept apart)")
    @Column(name = "client_time")
    public OffsetDateTime clientTime;

    /** The legal basis named (办理依据; null when none), shown through {@code basis}. */
    @Ignore
    @Embedded
    public NamedBasis namedBasis;

    @Column(name = "reported_at")
    @NonNull
    public OffsetDateTime reportedAt;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @NonNull
    @Description("The round of handling: 1, and one more each time the case is reopened (重办); new dispatches join it")
    public int round = 1;

    @Column(name = "reopen_count")
    @NonNull
    @Description("How often the case was reopened (重办次数)")
    public int reopenCount;

    @Column(name = "closed_at")
    @Description("When the case was last closed (结案); the reopening window runs from here")
    public OffsetDateTime closedAt;

    @Version
    @NonNull
    @Description("Optimistic-lock version; send it back with dispatchCase")
    public int version;
}

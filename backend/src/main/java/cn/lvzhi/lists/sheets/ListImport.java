package cn.lvzhi.lists.sheets;

import cn.lvzhi.lists.ListKind;
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

/** An Excel import of a list (清单导入): its progress while it runs, then what it applied or why it applied nothing. */
@Entity
@Table(name = "list_import")
@Type("ListImport")
public class ListImport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ListKind kind;

    @Column(name = "file_name")
    @NonNull
    public String fileName;

    @Column(name = "unit_id")
    @Ignore
    public Long unitId;

    @Ignore
    public String subject;

    @Column(name = "actor_name")
    @NonNull
    @Description("Who uploaded the sheet")
    public String actorName;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Column(name = "total_rows")
    @NonNull
    @Description("Data rows in the sheet")
    public int totalRows;

    @Column(name = "processed_rows")
    @NonNull
    @Description("Rows written so far (the progress of an IMPORTING import)")
    public int processedRows;

    @Column(name = "created_count")
    @NonNull
    @Description("Items added (each published as version 1)")
    public int createdCount;

    @Column(name = "updated_count")
    @NonNull
    @Description("Items whose content changed (each published as a new version)")
    public int updatedCount;

    @Column(name = "unchanged_count")
    @NonNull
    @Description("Rows equal to the published item, left alone")
    public int unchangedCount;

    @Column(name = "error_count")
    @NonNull
    @Description("Problems found; any problem means nothing was written")
    public int errorCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public Errors errors;

    /** The problems found, kept as one JSON object (the reactive driver maps jsonb to objects, not arrays). */
    public record Errors(List<ImportError> items) {
    }

    @Description("Why a FAILED import failed, when it is not in the rows")
    public String message;

    @Column(name = "client_key")
    @Ignore
    public String clientKey;

    /** SHA-256 of the request that created this under its client key (see {@code Idempotency}). */
    @Ignore
    @Column(name = "payload_hash")
    public String payloadHash;

    @Column(name = "started_at")
    @NonNull
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}

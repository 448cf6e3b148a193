package cn.lvzhi.evaluation.files;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.SheetUploads;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Evidence files of evaluation (佐证材料: progress reports, replies to a mark), kept in the database with their SHA-256
 * and owned by the uploader's unit. Other parts of evaluation store their ids and check ownership here.
 */
@ApplicationScoped
public class EvaluationFiles {
    static final String NOT_FOUND = "文件不存在 (file not found)";
    /** Why evidence naming a file of another unit (or none) is refused. */
    public static final String NOT_OWNED = "佐证材料须为本单位上传的文件 (files must be uploaded by the unit)";

    /** A stored file and what the download needs. */
    public record Stored(String fileName, String contentType, byte[] content) {
    }

    private final Pool pool;
    private final ReadSessions reads;
    private final AuditLog audit;

    public EvaluationFiles(Pool pool, ReadSessions reads, AuditLog audit) {
        this.pool = pool;
        this.reads = reads;
        this.audit = audit;
    }

    /** Stores the file for the actor's unit, audited in the same transaction. */
    public Uni<EvaluationFileInfo> save(ScopedActor actor, String rawName, byte[] data) {
        EvaluationFilePolicy.upload(actor).orThrow();
        String name = SheetUploads.fileName(rawName);
        String fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        String type = FileTypes.of(fileName, data);
        String sha = sha256(data);
        return pool.withTransaction(c -> c.preparedQuery("""
                        INSERT INTO evaluation_file (owner_unit_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, uploaded_at""")
                .execute(Tuple.from(List.of(actor.unitId(), fileName, type, data.length, sha, io.vertx.core.buffer.Buffer.buffer(data),
                        actor.actor().displayName())))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new EvaluationFileInfo(r.getLong("id"), actor.unitId(), fileName, type, data.length,
                            r.getOffsetDateTime("uploaded_at"));
                })
                .call(info -> audit.record(c, actor.actor(), "EVALUATION_FILE_UPLOADED", "EvaluationFile", info.id(), null,
                        Map.of("fileName", fileName, "contentType", type, "sizeBytes", data.length, "sha256", sha))));
    }

    /** The file if the actor may read it; NOT_FOUND otherwise (exactly as a missing one). */
    public Uni<Stored> load(ScopedActor actor, long id) {
        return pool.preparedQuery("""
                        SELECT f.file_name, f.content_type, f.content, f.owner_unit_id, u.path
                        FROM evaluation_file f JOIN unit u ON u.id = f.owner_unit_id WHERE f.id = $1""")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new NotFoundException(NOT_FOUND);
                    }
                    Row r = rows.iterator().next();
                    if (!EvaluationFilePolicy.reads(actor, r.getLong("owner_unit_id"), r.getString("path"))) {
                        throw new NotFoundException(NOT_FOUND);
                    }
                    return new Stored(r.getString("file_name"), r.getString("content_type"), r.getBuffer("content").getBytes());
                });
    }

    /** The files' descriptions by id (no content), for lists. */
    public Uni<Map<Long, EvaluationFileInfo>> infos(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createNativeQuery("""
                        SELECT id, owner_unit_id, file_name, content_type, size_bytes, uploaded_at FROM evaluation_file WHERE id IN (:ids)""",
                        Object[].class).setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<Long, EvaluationFileInfo> byId = new HashMap<>();
                    for (Object[] r : rows) {
                        long id = ((Number) r[0]).longValue();
                        byId.put(id, new EvaluationFileInfo(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                                ((Number) r[4]).intValue(), toOffset(r[5])));
                    }
                    return byId;
                });
    }

    /** The files named by each item, in one read for all of them (in each item's order; a missing id or list is left out). */
    public <T> Uni<List<List<EvaluationFileInfo>>> perItem(List<T> items, Function<T, List<Long>> ids) {
        Function<T, List<Long>> named = x -> ids.apply(x) == null ? List.of() : ids.apply(x);
        return infos(items.stream().flatMap(x -> named.apply(x).stream()).distinct().toList())
                .map(byId -> items.stream().map(x -> named.apply(x).stream().map(byId::get).filter(Objects::nonNull).toList()).toList());
    }

    /** Inside the caller's transaction: VALIDATION on {@code field} unless every file is owned by the unit. */
    public Uni<Void> requireOwned(long unitId, List<Long> ids, String field) {
        List<Long> distinct = ids == null ? List.of() : ids.stream().distinct().toList();
        return owned(unitId, distinct).invoke(owned -> {
            if (owned.size() != distinct.size()) {
                throw new ValidationException(field, NOT_OWNED);
            }
        }).replaceWithVoid();
    }

    /** Inside the caller's transaction: which of these files the unit owns (a missing id is simply not owned). */
    public Uni<Set<Long>> owned(long unitId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM evaluation_file WHERE id IN (:ids) AND owner_unit_id = :unit", Long.class)
                .setParameter("ids", List.copyOf(ids)).setParameter("unit", unitId).getResultList())
                .map(Set::copyOf);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.lvzhi.cases.photos;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.CaseRefusals;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photos of cases (现场照片). A phone or a handler uploads a picture first and names it in the report or the reply
 * as {@code photo:<id>}; a report or reply may name only photos its sender uploaded. A photo is shown to whoever may
 * see the case (and, for a reply's photos, that dispatch), and to its uploader.
 */
@ApplicationScoped
public class CasePhotos {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern REF = Pattern.compile("photo:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** A stored photo. */
    public record Photo(String contentType, byte[] data) {
    }

    private final Pool pool;
    private final ReadSessions reads;
    private final CaseReads cases;

    public CasePhotos(Pool pool, ReadSessions reads, CaseReads cases) {
        this.pool = pool;
        this.reads = reads;
        this.cases = cases;
    }

    /** The image type by the file's first bytes (not by what the client claims); null when it is none we keep. */
    static String imageType(byte[] data) {
        if (data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return "image/png";
        }
        if (data.length > 12 && new String(data, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(data, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        return null;
    }

    /** Stores a photo and returns its reference; the same picture from the same uploader returns the first one. */
    public Uni<String> save(Actor actor, byte[] data) {
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new ValidationException("file", "照片须小于 5 MB (a photo is at most 5 MB)");
        }
        String type = imageType(data);
        if (type == null) {
            throw new ValidationException("file", "只能上传 JPEG、PNG 或 WebP 照片 (JPEG, PNG or WebP only)");
        }
        PhotoSize.check(type, data);
        String sha = sha256(data);
        return pool.preparedQuery("""
                        INSERT INTO case_photo (id, uploader_subject, uploader_unit_id, content_type, size_bytes, sha256, data)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)
                        ON CONFLICT (uploader_subject, sha256) DO UPDATE SET sha256 = EXCLUDED.sha256
                        RETURNING id""")
                .execute(Tuple.from(List.of(UUID.randomUUID(), actor.subject(), actor.unitId(), type, data.length, sha,
                        io.vertx.core.buffer.Buffer.buffer(data))))
                .map(rows -> "photo:" + rows.iterator().next().getUUID("id"));
    }

    /** The photo if the actor uploaded it or may see a case or reply that names it; NOT_FOUND otherwise. */
    public Uni<Photo> load(ScopedActor a, String id) {
        UUID uuid = parse(id);
        String ref = "photo:" + uuid;
        return pool.preparedQuery("SELECT content_type, data, uploader_subject FROM case_photo WHERE id = $1").execute(Tuple.of(uuid))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new NotFoundException(CaseRefusals.PHOTO_NOT_FOUND);
                    }
                    Row row = rows.iterator().next();
                    Photo photo = photo(row);
                    if (a.actor().subject().equals(row.getString("uploader_subject"))) {
                        return Uni.createFrom().item(photo);
                    }
                    return mayView(a, ref).map(allowed -> {
                        if (!allowed) {
                            throw new NotFoundException(CaseRefusals.PHOTO_NOT_FOUND);
                        }
                        return photo;
                    });
                });
    }

    /**
     * The photo a reference names, or null when it names none: for a reader that already sees the case or reply
     * naming it (the evidence pack reads the photos of the dispatches {@link CaseReads} showed it).
     */
    public Uni<Photo> stored(String ref) {
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery("SELECT content_type, data FROM case_photo WHERE id = $1").execute(Tuple.of(UUID.fromString(m.group(1))))
                .map(rows -> rows.iterator().hasNext() ? photo(rows.iterator().next()) : null);
    }

    private static Photo photo(Row row) {
        return new Photo(row.getString("content_type"), row.getBuffer("data").getBytes());
    }

    /** Outside a transaction: every reference is a photo this subject uploaded. */
    public Uni<Void> requireOwn(String subject, List<String> refs) {
        List<UUID> ids = ids(refs);
        return ids.isEmpty() ? Uni.createFrom().voidItem() : reads.read(s -> s.createNativeQuery(OWN_COUNT, Long.class)
                .setParameter("ids", ids).setParameter("subject", subject).getSingleResult()).invoke(n -> check(n, ids)).replaceWithVoid();
    }

    /** Inside the caller's transaction (no second connection while it holds a lock). */
    public Uni<Void> requireOwnInTransaction(String subject, List<String> refs) {
        List<UUID> ids = ids(refs);
        return ids.isEmpty() ? Uni.createFrom().voidItem() : Panache.getSession().chain(s -> s.createNativeQuery(OWN_COUNT, Long.class)
                .setParameter("ids", ids).setParameter("subject", subject).getSingleResult()).invoke(n -> check(n, ids)).replaceWithVoid();
    }

    private static final String OWN_COUNT = "SELECT count(*) FROM case_photo WHERE id IN (:ids) AND uploader_subject = :subject";

    private static void check(Long found, List<UUID> ids) {
        if (found == null || found != ids.size()) {
            throw new ValidationException("input.attachments", "附件须为您本人上传的照片 (attachments must be photos you uploaded)");
        }
    }

    private static List<UUID> ids(List<String> refs) {
        List<UUID> ids = new ArrayList<>();
        for (String ref : refs) {
            Matcher m = REF.matcher(ref);
            if (!m.matches()) {
                throw new ValidationException("input.attachments", "附件引用格式应为 photo:<编号>，请先上传照片 (upload the photo first)");
            }
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids.stream().distinct().toList();
    }

    /**
     * Whether the actor sees a case whose report names the photo, or a dispatch whose reply names it (the reply is
     * as visible as its dispatch, {@link CaseReads#visibleDispatchIds}).
     */
    private Uni<Boolean> mayView(ScopedActor a, String ref) {
        return pool.preparedQuery("""
                        SELECT id AS case_id, NULL::bigint AS dispatch_id FROM case_file WHERE attachments @> ARRAY[$1]::text[]
                        UNION ALL
                        SELECT case_id, id FROM case_dispatch WHERE reply_attachments @> ARRAY[$1]::text[]
                        LIMIT 20""")
                .execute(Tuple.of(ref))
                .chain(rows -> {
                    Set<Long> reports = new HashSet<>();
                    Set<Long> replies = new HashSet<>();
                    for (Row r : rows) {
                        Long dispatch = r.getLong("dispatch_id");
                        if (dispatch == null) {
                            reports.add(r.getLong("case_id"));
                        } else {
                            replies.add(dispatch);
                        }
                    }
                    return cases.byIds(a, reports).chain(seenCases -> !seenCases.isEmpty() ? Uni.createFrom().item(true)
                            : cases.visibleDispatchIds(a, replies).map(seen -> !seen.isEmpty()));
                });
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(CaseRefusals.PHOTO_NOT_FOUND);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.lvzhi.cases.evidence;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.audit.AuditReads;
import cn.lvzhi.cases.Appeal;
import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseEvent;
import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.Rating;
import cn.lvzhi.cases.Reminder;
import cn.lvzhi.cases.photos.CasePhotos;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.ScopedActor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The discipline office's evidence pack (证据包) of a case with an unsatisfied rating: who may export it
 * ({@link EvidencePolicy}), what it holds (read through {@link CaseReads}, so the exporter's sight of the case is the
 * one rule of {@code CaseVisibility}), the audit row recording the export, and the ZIP itself — the PDF, the photos
 * one at a time and a manifest with the SHA-256 of every file — written through to a temporary file that is then
 * streamed to the client, so memory stays bounded by the largest photo however large the pack.
 */
@ApplicationScoped
public class EvidencePacks {
    private static final Logger LOG = Logger.getLogger(EvidencePacks.class);
    private static final Duration PHOTO_READ = Duration.ofSeconds(30);

    private final CaseReads cases;
    private final ListReads lists;
    private final CasePhotos photos;
    private final AuditReads auditReads;
    private final AuditLog audit;
    private final Pool pool;
    private final ObjectMapper json;
    private final String fontPath;

    public EvidencePacks(CaseReads cases, ListReads lists, CasePhotos photos, AuditReads auditReads, AuditLog audit, Pool pool,
                         ObjectMapper json, @ConfigProperty(name = "lvzhi.pdf.cjk-font") String fontPath) {
        this.cases = cases;
        this.lists = lists;
        this.photos = photos;
        this.auditReads = auditReads;
        this.audit = audit;
        this.pool = pool;
        this.json = json;
        this.fontPath = fontPath;
    }

    /**
     * Reads the pack of a case for an actor who may export one (else FORBIDDEN) and sees the case (else NOT_FOUND);
     * a case that never had an unsatisfied rating is a CONFLICT. The export is audited before the audit rows are read,
     * so the pack lists its own export too.
     */
    public Uni<EvidencePack> assemble(ScopedActor a, long caseId) {
        EvidencePolicy.export(a).orThrow();
        return cases.byId(a, caseId).chain(c -> {
            if (!c.hasUnsatisfied) {
                throw new ConflictException("该事件没有不满意评价，无须导出证据包 (the case has no unsatisfied rating; "
                        + "evidence packs are for unsatisfied ratings)");
            }
            List<Case> one = List.of(c);
            return cases.dispatches(a, one).chain(ds -> cases.ratings(a, one).chain(rs -> cases.reminders(a, one)
                    .chain(ms -> cases.appeals(a, one).chain(aps -> cases.timelines(a, one)
                            .chain(es -> collect(a, c, ds.get(0), rs.get(0), ms.get(0), aps.get(0), es.get(0)))))));
        });
    }

    private Uni<EvidencePack> collect(ScopedActor a, Case c, List<Dispatch> ds, List<Rating> rs, List<Reminder> ms,
                                      List<Appeal> aps, List<CaseEvent> es) {
        Set<Long> unitIds = new HashSet<>(java.util.Arrays.asList(c.originUnitId, c.areaUnitId, a.actingUnitId()));
        ds.forEach(d -> {
            unitIds.add(d.fromUnitId);
            unitIds.add(d.toUnitId);
        });
        rs.forEach(r -> {
            unitIds.add(r.raterUnitId);
            unitIds.add(r.ratedUnitId);
        });
        ms.forEach(m -> unitIds.add(m.fromUnitId));
        aps.forEach(ap -> unitIds.add(ap.appellantUnitId));
        es.forEach(e -> unitIds.add(e.actorUnitId));
        unitIds.remove(null);
        List<EvidencePack.PhotoFile> files = photoFiles(c, ds);
        Map<String, List<Long>> entities = new LinkedHashMap<>();
        entities.put("Case", List.of(c.id));
        entities.put("Dispatch", ds.stream().map(d -> d.id).toList());
        entities.put("Rating", rs.stream().map(r -> r.id).toList());
        entities.put("Appeal", aps.stream().map(ap -> ap.id).toList());
        entities.put("Reminder", ms.stream().map(m -> m.id).toList());
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("caseCode", c.code);
        exported.put("dispatches", ds.size());
        exported.put("photos", files.size());
        Uni<String> category = c.categoryItemId == null ? Uni.createFrom().item(c.categoryText)
                : lists.itemsByIds(List.of(c.categoryItemId)).map(items -> items.containsKey(c.categoryItemId)
                        ? items.get(c.categoryItemId).name : c.categoryText);
        return category.chain(cat -> cases.units(unitIds).chain(units -> {
            Map<Long, String> names = new java.util.HashMap<>();
            units.forEach((id, u) -> names.put(id, u.name));
            return audit.record(pool, a.actor(), "EVIDENCE_PACK_EXPORTED", "Case", c.id, null, exported)
                    .chain(() -> auditReads.entriesOf(entities))
                    .chain(rows -> auditReads.integrity().map(chain -> new EvidencePack(c, cat, ds, rs, ms, aps, es, names,
                            rows, chain, files, a.actor().displayName(), names.getOrDefault(a.actingUnitId(), a.actor().unitCode()),
                            OffsetDateTime.now())));
        }));
    }

    /** The report's photos and each reply's, named by where they belong. */
    private static List<EvidencePack.PhotoFile> photoFiles(Case c, List<Dispatch> ds) {
        List<EvidencePack.PhotoFile> files = new ArrayList<>();
        List<String> report = c.attachments == null ? List.of() : c.attachments;
        for (int i = 0; i < report.size(); i++) {
            files.add(new EvidencePack.PhotoFile(report.get(i), "photos/report/" + (i + 1)));
        }
        for (Dispatch d : ds) {
            List<String> reply = d.replyAttachments == null ? List.of() : d.replyAttachments;
            for (int i = 0; i < reply.size(); i++) {
                files.add(new EvidencePack.PhotoFile(reply.get(i), "photos/dispatch-" + d.id + "/" + (i + 1)));
            }
        }
        return files;
    }

    /**
     * The ZIP in a temporary file, written on a worker thread (the photos are read one at a time, blocking); the
     * caller sends it and removes it. A failure on the way removes the file.
     */
    public Uni<Path> zip(EvidencePack pack) {
        return SheetReader.onWorker(() -> {
            Path file = null;
            try {
                file = Files.createTempFile("lvzhi-evidence-", ".zip");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    write(pack, out);
                }
                return file;
            } catch (IOException | RuntimeException e) {
                discard(file);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        });
    }

    /** Removes a pack's file once it is sent (or its sending failed). */
    public static void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("evidence pack file %s not removed: %s", file, e.getMessage());
        }
    }

    /**
     * Writes the ZIP (blocking: call it from a worker thread): the document, each photo as it is read, then
     * {@code manifest.json} with every file's size and SHA-256 and the chain check. The stream is finished, not closed.
     */
    public void write(EvidencePack pack, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Map<String, Object>> files = new ArrayList<>();
        files.add(entry(zip, documentName(pack), EvidenceDocument.render(pack, fontPath)));
        for (EvidencePack.PhotoFile file : pack.photos()) {
            CasePhotos.Photo photo = photos.stored(file.ref()).await().atMost(PHOTO_READ);
            if (photo != null) {
                files.add(entry(zip, file.name() + extension(photo.contentType()), photo.data()));
            }
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest(pack, files)));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    static final String MANIFEST = "manifest.json";

    static String documentName(EvidencePack pack) {
        return "evidence-" + pack.kase().code + ".pdf";
    }

    private static Map<String, Object> entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        DigestOutputStream digest = new DigestOutputStream(zip, sha);
        digest.write(data);
        digest.flush();
        zip.closeEntry();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", name);
        file.put("bytes", data.length);
        file.put("sha256", HexFormat.of().formatHex(sha.digest()));
        return file;
    }

    private static Map<String, Object> manifest(EvidencePack pack, List<Map<String, Object>> files) {
        Map<String, Object> chain = new LinkedHashMap<>();
        chain.put("intact", pack.chain().intact());
        chain.put("checkedEvents", pack.chain().checkedEvents());
        chain.put("firstBrokenSeq", pack.chain().firstBrokenSeq());
        chain.put("checkpoints", pack.chain().checkpoints());
        chain.put("lastCheckpointSeq", pack.chain().lastCheckpointSeq());
        chain.put("unverifiedCheckpoints", pack.chain().unverifiedCheckpoints());
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("caseId", String.valueOf(pack.kase().id));
        manifest.put("caseCode", pack.kase().code);
        manifest.put("exportedAt", pack.exportedAt().toString());
        manifest.put("exportedBy", pack.exporter());
        manifest.put("exportedByUnit", pack.exporterUnit());
        manifest.put("auditChain", chain);
        manifest.put("auditRows", pack.audit().stream().map(e -> Map.of("seq", e.seq(), "hash", e.hash(),
                "hashValid", e.hashValid())).toList());
        manifest.put("files", files);
        return manifest;
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.Idempotency;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetUploads;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListLabels;
import cn.lvzhi.lists.ListPolicy;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Excel import of a list (清单导入) by the establishment office. Every row is read and checked before anything is
 * written — cells, units, duplicates, open proposals — and any problem fails the whole import with the list of errors
 * (row, column, reason). A valid sheet is then written in one transaction in the background while the import's
 * progress can be polled; a retried upload with the same key returns the first import.
 */
@ApplicationScoped
public class ListImportService {
    private static final Logger LOG = Logger.getLogger(ListImportService.class);
    static final String IMPORT_NOT_FOUND = "导入记录不存在 (import not found)";
    static final int ERRORS_KEPT = 10_000;

    private final SheetUnits units;
    private final ListImportStore store;
    private final ReadSessions reads;

    public ListImportService(SheetUnits units, ListImportStore store, ReadSessions reads) {
        this.units = units;
        this.store = store;
        this.reads = reads;
    }

    void failAbandonedImports(@Observes StartupEvent start) {
        store.failAbandoned().subscribe().with(n -> {
            if (n > 0) {
                LOG.warnf("%d imports interrupted by a restart were marked FAILED", n);
            }
        }, e -> LOG.warn("could not check for interrupted imports", e));
    }

    /** Checks the uploaded sheet and, when every row is valid, starts writing it; returns the import record. */
    public Uni<ListImport> start(ScopedActor actor, ListKind kind, String fileName, Path file, String clientKey) {
        ListPolicy.importList(actor).orThrow();
        if (kind == null) {
            throw new ValidationException("kind", "缺少参数 kind（清单类型）(kind required)");
        }
        String key = Texts.name("clientKey", clientKey, false, 100, "幂等键 Idempotency-Key");
        String name = fileName(fileName);
        if (key == null) {
            return importSheet(actor, kind, name, file, null, null);
        }
        // the same sheet of the same list under the same key is a retry; the file's name may differ between tries
        return SheetReader.onWorker(() -> Idempotency.fingerprint(kind, Idempotency.fileFingerprint(file)))
                .chain(fingerprint -> reads.read(s -> s.createSelectionQuery(
                                "from ListImport where unitId = :unit and clientKey = :key", ListImport.class)
                        .setParameter("unit", actor.unitId()).setParameter("key", key).getSingleResultOrNull())
                        .chain(first -> first != null
                                ? Uni.createFrom().item(() -> Idempotency.replay(first, first.payloadHash, fingerprint, "clientKey"))
                                : importSheet(actor, kind, name, file, key, fingerprint)));
    }

    private Uni<ListImport> importSheet(ScopedActor actor, ListKind kind, String name, Path file, String key, String fingerprint) {
        return running(actor, kind).chain(() -> SheetReader.onWorker(() -> parse(kind, file)))
                .chain(parsed -> plan(actor, kind, parsed)
                        .chain(plan -> record(actor, kind, name, key, fingerprint, parsed.rows().size(), plan).invoke(job -> {
                            if (job.status == ImportStatus.IMPORTING) {
                                write(actor, job, plan);
                            }
                        })));
    }

    /** An import the actor's unit ran; NOT_FOUND for anyone else's. */
    public Uni<ListImport> get(ScopedActor actor, long id) {
        return reads.read(s -> s.get(ListImport.class, id)).map(job -> {
            if (job == null || !job.unitId.equals(actor.unitId())) {
                throw new NotFoundException(IMPORT_NOT_FOUND);
            }
            return job;
        });
    }

    /** The actor's unit's recent imports, newest first. */
    public Uni<List<ListImport>> recent(ScopedActor actor, int limit) {
        return reads.read(s -> s.createSelectionQuery("from ListImport where unitId = :unit order by id desc", ListImport.class)
                .setParameter("unit", actor.unitId()).setMaxResults(limit).getResultList());
    }

    private Uni<Void> running(ScopedActor actor, ListKind kind) {
        return reads.read(s -> s.createSelectionQuery("from ListImport where unitId = :unit and kind = :kind and status = :status", ListImport.class)
                        .setParameter("unit", actor.unitId()).setParameter("kind", kind).setParameter("status", ImportStatus.IMPORTING)
                        .getSingleResultOrNull())
                .map(job -> {
                    if (job != null) {
                        throw new ConflictException("本单位正在导入" + ListLabels.LIST_NAMES.get(kind) + "（导入编号 " + job.id
                                + "），请待其完成后再导入 (an import of this list is running)");
                    }
                    return null;
                });
    }

    private static SheetParser.Parsed parse(ListKind kind, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SheetParser.parse(kind, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Uni<ImportPlanner.Plan> plan(ScopedActor actor, ListKind kind, SheetParser.Parsed parsed) {
        Set<String> unitCodes = new TreeSet<>();
        List<String> itemCodes = new ArrayList<>();
        for (ListSheet.ReadRow row : parsed.rows()) {
            if (row.entry() != null) {
                unitCodes.addAll(ListSheet.unitCodes(row.entry()));
                itemCodes.add(row.entry().code());
            }
        }
        return units.byCodes(unitCodes)
                .chain(unitsByCode -> store.existing(kind, itemCodes)
                        .map(existing -> ImportPlanner.plan(actor, kind, parsed.rows(), unitsByCode, existing)));
    }

    private Uni<ListImport> record(ScopedActor actor, ListKind kind, String fileName, String key, String fingerprint, int rows,
                                   ImportPlanner.Plan plan) {
        ListImport job = new ListImport();
        job.kind = kind;
        job.fileName = fileName;
        job.unitId = actor.unitId();
        job.subject = actor.actor().subject();
        job.actorName = actor.actor().displayName();
        job.clientKey = key;
        job.payloadHash = fingerprint;
        job.totalRows = rows;
        job.startedAt = OffsetDateTime.now();
        job.errors = new ListImport.Errors(plan.errors().size() > ERRORS_KEPT ? plan.errors().subList(0, ERRORS_KEPT) : plan.errors());
        job.errorCount = plan.errors().size();
        if (plan.valid()) {
            job.status = ImportStatus.IMPORTING;
            job.processedRows = plan.unchanged();
        } else {
            job.status = ImportStatus.FAILED;
            job.message = "发现 " + plan.errors().size() + " 处错误，未导入任何数据；请按错误清单修改后重新导入 (nothing was imported)";
            job.finishedAt = job.startedAt;
        }
        return Panache.withTransaction(job::<ListImport>persistAndFlush);
    }

    /** Writes the plan in the background; the import record tells how it went. */
    private void write(ScopedActor actor, ListImport job, ImportPlanner.Plan plan) {
        store.apply(job.id, actor, job.kind, job.fileName, plan)
                .onFailure().call(e -> {
                    String message = e instanceof ConflictException ? e.getMessage()
                            : "写入失败，未导入任何数据，请重新导入 (the write failed; nothing was imported)";
                    LOG.warnf(e, "import %d failed while writing", job.id);
                    return store.fail(job.id, message);
                })
                .subscribe().with(ok -> LOG.infof("import %d of %s applied", job.id, job.kind),
                        e -> LOG.errorf(e, "import %d could not be marked failed", job.id));
    }

    private static String fileName(String raw) {
        String name = SheetUploads.fileName(raw);
        return name.isEmpty() ? "清单.xlsx" : name;
    }
}

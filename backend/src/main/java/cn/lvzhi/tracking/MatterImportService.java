package cn.lvzhi.tracking;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetRowsException;
import cn.lvzhi.common.TransactionSignals;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.tracking.MatterService.MatterSnapshot;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Establishment matters to and from .xlsx (机构编制事项导入导出). The import is the establishment office's: every row is
 * checked before anything is written, and a valid sheet is upserted by (unit, 批复文号, 事项类型) in one transaction
 * with one audit row naming the counts. The export gives the matters the actor sees, in the same columns.
 */
@ApplicationScoped
public class MatterImportService {
    static final int MAX_EXPORT = 20_000;

    private final UnitReads units;
    private final ReadSessions reads;
    private final AuditLog audit;

    public MatterImportService(UnitReads units, ReadSessions reads, AuditLog audit) {
        this.units = units;
        this.reads = reads;
        this.audit = audit;
    }

    /** What an import did. */
    public record Result(int created, int updated, int unchanged, List<Object> errors) {
    }

    /** The audit trail's record of an import: the file, the counts and each written matter before and after. */
    record ImportSnapshot(String fileName, int created, int updated, int unchanged, List<Long> createdIds, List<Long> updatedIds,
                          List<MatterSnapshot> matters) {
    }

    public Uni<Result> importSheet(ScopedActor actor, String fileName, Path file) {
        // the refusal comes before the file is read: only the office of a region imports
        TrackingPolicy.manage(actor, actor.regionPath()).orThrow();
        LocalDate today = TrackingReads.today();
        return SheetReader.onWorker(() -> SheetReader.read(file, MatterSheet.DOCUMENT, MatterSheet.REQUIRED, MatterSheet.MAX_ROWS,
                        MatterSheet.SHEET_NAME).stream().map(row -> MatterSheet.read(row, today)).toList())
                .chain(rows -> {
                    Set<String> codes = new TreeSet<>();
                    rows.stream().filter(r -> r.entry() != null).forEach(r -> codes.add(r.entry().unitCode()));
                    return units.byCodeMap(codes).chain(byCode -> Panache.withTransaction(() -> write(actor, fileName, rows, byCode)));
                });
    }

    private Uni<Result> write(ScopedActor actor, String fileName, List<MatterSheet.ReadRow> rows, Map<String, Unit> byCode) {
        List<Long> unitIds = byCode.values().stream().map(u -> u.id).distinct().toList();
        List<String> documents = rows.stream().filter(r -> r.entry() != null).map(r -> r.entry().documentNo()).distinct().toList();
        // two uploads of one region at once would both create the same new matters: the second waits for the first
        return TransactionSignals.lockUntilEnd("matter-import:" + actor.regionPath())
                .chain(() -> unitIds.isEmpty() || documents.isEmpty() ? Uni.createFrom().item(List.<EstablishmentMatter>of())
                        : EstablishmentMatter.<EstablishmentMatter>list("unitId in ?1 and documentNo in ?2", unitIds, documents))
                .chain(found -> {
                    Map<Long, EstablishmentMatter> byId = new HashMap<>();
                    found.forEach(m -> byId.put(m.id, m));
                    MatterImportPlanner.Plan plan = MatterImportPlanner.plan(actor, rows, byCode, found.stream()
                            .map(m -> new MatterImportPlanner.Existing(m.id, m.unitId, m.kind, m.documentNo, m.approvedOn, m.content))
                            .toList());
                    if (!plan.valid()) {
                        throw new SheetRowsException(plan.errors());
                    }
                    OffsetDateTime now = OffsetDateTime.now();
                    List<EstablishmentMatter> created = new ArrayList<>();
                    for (MatterImportPlanner.Write w : plan.creations()) {
                        EstablishmentMatter m = new EstablishmentMatter();
                        m.unitId = w.unitId();
                        m.kind = w.entry().kind();
                        m.documentNo = w.entry().documentNo();
                        m.approvedOn = w.entry().approvedOn();
                        m.content = w.entry().content();
                        m.updatedAt = now;
                        created.add(m);
                    }
                    List<MatterSnapshot> before = new ArrayList<>();
                    List<EstablishmentMatter> updated = new ArrayList<>();
                    for (MatterImportPlanner.Write w : plan.updates()) {
                        EstablishmentMatter m = byId.get(w.existingId());
                        before.add(MatterSnapshot.of(m));
                        m.approvedOn = w.entry().approvedOn();
                        m.content = w.entry().content();
                        m.updatedAt = now;
                        updated.add(m);
                    }
                    Uni<Void> persisted = created.isEmpty() ? Uni.createFrom().voidItem() : EstablishmentMatter.persist(created);
                    return persisted.chain(() -> Panache.getSession().chain(s -> s.flush())).chain(() -> {
                        List<MatterSnapshot> after = new ArrayList<>();
                        created.forEach(m -> after.add(MatterSnapshot.of(m)));
                        updated.forEach(m -> after.add(MatterSnapshot.of(m)));
                        ImportSnapshot snapshot = new ImportSnapshot(fileName, created.size(), updated.size(), plan.unchanged(),
                                created.stream().map(m -> m.id).toList(), updated.stream().map(m -> m.id).toList(), after);
                        return audit.record(actor.actor(), "MATTERS_IMPORTED", "EstablishmentMatter", "import:" + actor.regionPath(),
                                before.isEmpty() ? null : before, snapshot);
                    }).replaceWith(new Result(created.size(), updated.size(), plan.unchanged(), List.of()));
                });
    }

    /**
     * The matters the actor sees, narrowed like the establishmentMatters query, as a sheet (oldest approval first);
     * with {@code template}, only the headers.
     */
    public Uni<byte[]> export(ScopedActor actor, MatterFilter filter, boolean template) {
        if (template) {
            return sheet(List.of(), true);
        }
        String prefix = TrackingPolicy.visiblePrefix(actor);
        if (prefix == null) {
            return sheet(List.of(), false);
        }
        Map<String, Object> params = new HashMap<>();
        String where = TrackingReads.matterConditions(prefix, filter, params);
        return reads.read(s -> {
            var query = s.createSelectionQuery("select m from EstablishmentMatter m, Unit u where " + where
                    + " order by m.approvedOn, m.id", EstablishmentMatter.class).setMaxResults(MAX_EXPORT);
            params.forEach(query::setParameter);
            return query.getResultList();
        }).chain(matters -> sheet(matters, false));
    }

    private Uni<byte[]> sheet(List<EstablishmentMatter> matters, boolean template) {
        return units.byIds(matters.stream().map(m -> m.unitId).distinct().toList()).chain(byId -> SheetReader.onWorker(() -> {
            List<MatterSheet.Entry> entries = matters.stream().map(m -> new MatterSheet.Entry(byId.get(m.unitId).code, m.kind,
                    m.documentNo, m.approvedOn, m.content)).toList();
            Map<String, String> names = new HashMap<>();
            byId.values().forEach(u -> names.put(u.code, u.name + "（" + u.code + "）"));
            String title = template ? "机构编制事项导入模板（第 3 行起每行一个事项；单位写作“名称（编码）”或编码；事项类型："
                    + String.join("/", MatterSheet.KINDS.values()) + "；批复日期如 2026-03-15）"
                    : "机构编制事项（导出日期：" + TrackingReads.today() + "，共 " + entries.size() + " 项）";
            Function<String, String> shown = code -> names.getOrDefault(code, code);
            return MatterSheet.write(title, entries, shown);
        }));
    }
}

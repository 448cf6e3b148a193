package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.AcceptCaseInput;
import cn.lvzhi.cases.inputs.CancelCaseInput;
import cn.lvzhi.cases.inputs.CloseCaseInput;
import cn.lvzhi.cases.inputs.ReportCaseInput;
import cn.lvzhi.cases.photos.CasePhotos;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.Idempotency;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitPlaces;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.security.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life of a case (“一件事”) as a whole: report, accept, close (only once every hop is settled, or closed with a
 * reason: {@link HopSettlement}), cancel. Its handling — dispatch, sign, refuse,
 * reply, remind — is {@link DispatchService}'s, its rating and appeals {@link RatingService}'s. Every change of an
 * existing case locks the case row first ({@link CaseLocks}) and leaves its trail ({@link CaseTrail}) in the same
 * transaction.
 */
@ApplicationScoped
public class CaseService {
    private static final Set<ListKind> CATEGORY_KINDS = EnumSet.of(ListKind.COLLABORATION, ListKind.TERRITORIAL, ListKind.BOUNDARY);

    private final CaseReads reads;
    private final UnitReads units;
    private final ListReads lists;
    private final CaseTrail trail;
    private final CasePhotos photos;
    private final CaseReportWrite writes;
    private final UnitPlaces places;

    public CaseService(CaseReads reads, UnitReads units, ListReads lists, CaseTrail trail, CasePhotos photos,
                       CaseReportWrite writes, UnitPlaces places) {
        this.reads = reads;
        this.units = units;
        this.lists = lists;
        this.trail = trail;
        this.photos = photos;
        this.writes = writes;
        this.places = places;
    }

    // ---- report

    /**
     * Reports a case, or returns the first one for a retried client key or external id. The category and area are
     * checked before the write, whose transaction then runs two prepared statements ({@link CaseReportWrite}).
     */
    public Uni<Case> report(ScopedActor a, ReportCaseInput in) {
        CasePolicy.report(a).orThrow();
        boolean system = a.has(Role.INTEGRATION) && !a.has(Role.GRID_WORKER);
        String clientKey = Texts.optional(in.clientKey);
        String externalId = Texts.optional(in.externalId);
        if (system && externalId == null) {
            // required of an integrated system only: a rule of two fields, beside the input's own @Name
            throw new ValidationException("input.externalId", Texts.violation("", true, 100, "外部编号", Texts.Kind.NAME, "input.externalId"));
        }
        Case c = draft(a, in, system, clientKey, externalId);
        String keyField = clientKey != null ? "input.clientKey" : "input.externalId";
        return category(a, c.categoryItemId).chain(() -> photos.requireOwn(c.reporterSubject, c.attachments))
                .chain(() -> area(a, in.areaUnitId)).chain(area -> {
                    c.areaUnitId = area.id();
                    c.areaPath = area.path();
                    return writes.write(a, c, clientKey, externalId);
                })
                .chain(written -> written.created() != null ? Uni.createFrom().item(written.created())
                        : Panache.withSession(() -> Case.<Case>findById(written.firstId()))
                        .map(first -> Idempotency.replay(first, written.firstHash(), c.payloadHash, keyField)))
                // two requests sharing an external id under different client keys, queued apart: the second insert
                // lost to the first, whose case it answers with
                .onFailure(Idempotency::duplicateKey).recoverWithUni(failure -> Panache.withSession(() -> earlier(c, clientKey, externalId))
                        .map(first -> {
                            if (first == null) {
                                throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
                            }
                            return Idempotency.replay(first, first.payloadHash, c.payloadHash, keyField);
                        }));
    }

    /** The case the reporter already created with this client key or external id, or null. */
    private static Uni<Case> earlier(Case c, String clientKey, String externalId) {
        return clientKey != null
                ? Case.<Case>find("reporterSubject = ?1 and clientKey = ?2", c.reporterSubject, clientKey).firstResult()
                : externalId != null
                ? Case.<Case>find("reporterSubject = ?1 and externalId = ?2", c.reporterSubject, externalId).firstResult()
                : Uni.createFrom().nullItem();
    }

    private static Case draft(ScopedActor a, ReportCaseInput in, boolean system, String clientKey, String externalId) {
        Case c = new Case();
        c.title = in.title;
        c.description = in.description;
        c.address = in.address;
        c.categoryText = Texts.optional(in.categoryText);
        c.categoryItemId = in.categoryItemId;
        if (c.categoryItemId == null && c.categoryText == null) {
            throw new ValidationException("input.categoryItemId", "请选择清单事项或填写事件类别 (a category item or text is required)");
        }
        if ((in.latitude == null) != (in.longitude == null)) {
            throw new ValidationException("input.latitude", "经纬度须同时提供 (latitude and longitude go together)");
        }
        if (in.latitude != null && (Math.abs(in.latitude) > 90 || Math.abs(in.longitude) > 180)) {
            throw new ValidationException("input.latitude", "坐标超出范围 (coordinates out of range)");
        }
        c.latitude = in.latitude;
        c.longitude = in.longitude;
        c.attachments = in.attachments == null ? List.of() : in.attachments;
        c.priority = in.priority == null ? CasePriority.NORMAL : in.priority;
        c.deadline = DateRanges.within("input.deadline", in.deadline, DateRanges.today(), DateRanges.today().plusYears(1), "办理期限");
        if (system) {
            if (in.source != null && in.source != CaseSource.HOTLINE_12345 && in.source != CaseSource.OTHER_SYSTEM) {
                throw new ValidationException("input.source", "对接系统的来源须为 HOTLINE_12345 或 OTHER_SYSTEM (source of a system)");
            }
            c.source = in.source == null ? CaseSource.HOTLINE_12345 : in.source;
        } else {
            c.source = a.has(Role.GRID_WORKER) ? CaseSource.GRID_WORKER : CaseSource.UNIT;
        }
        c.externalId = externalId;
        c.clientKey = clientKey;
        c.clientTime = DateRanges.clientTime("input.clientTime", in.clientTime);
        // what the reporter asked for, normalised; the client's clock is left out (a retry may read it anew)
        c.payloadHash = Idempotency.fingerprint(c.title, c.description, c.address, c.categoryText, c.categoryItemId,
                c.latitude, c.longitude, c.attachments, c.priority, c.deadline == null ? null : c.deadline.toInstant().toString(),
                in.areaUnitId, c.source, externalId, clientKey);
        c.originUnitId = a.actingUnitId();
        c.reporterSubject = a.actor().subject();
        c.reporterName = a.actor().displayName();
        c.status = CaseStatus.REPORTED;
        OffsetDateTime now = OffsetDateTime.now();
        c.reportedAt = now;
        c.updatedAt = now;
        return c;
    }

    /** The category must be a published collaboration, territorial or boundary item. */
    private Uni<Void> category(ScopedActor a, Long itemId) {
        if (itemId == null) {
            return Uni.createFrom().voidItem();
        }
        return lists.item(a, itemId)
                .onFailure(NotFoundException.class).transform(e -> new ValidationException("input.categoryItemId",
                        "清单事项不存在 (no such list item)"))
                .invoke(item -> {
                    if (!CATEGORY_KINDS.contains(item.kind) || item.status != ItemStatus.PUBLISHED) {
                        throw new ValidationException("input.categoryItemId",
                                "事件类别须为已发布的协同、属地或边界清单事项 (a published collaboration, territorial or boundary item)");
                    }
                }).replaceWithVoid();
    }

    /** Where a case lies: a unit's id and tree path. */
    private record Area(long id, String path) {
    }

    /** Where the case lies: the given township, else the reporter's own township, else its district. */
    private Uni<Area> area(ScopedActor a, Long areaUnitId) {
        if (areaUnitId != null) {
            return units.byId(areaUnitId).onFailure(NotFoundException.class)
                    .transform(e -> new ValidationException("input.areaUnitId", "所在镇街不存在 (no such unit)"))
                    .map(u -> {
                        if (u.kind != UnitKind.TOWNSHIP || !a.regionHolds(u.path)) {
                            throw new ValidationException("input.areaUnitId", "所在地须为本区的镇街 (a township of your district)");
                        }
                        return new Area(u.id, u.path);
                    });
        }
        return places.townshipAround(a.unitPath()).chain(t -> t != null ? Uni.createFrom().item(new Area(t.id(), t.path()))
                : a.regionPath() == null ? Uni.createFrom().failure(new ValidationException("input.areaUnitId",
                "无法确定事件所在地，请指定镇街 (name the township)"))
                : reads.unitAtPath(a.regionPath()).map(u -> new Area(u.id, u.path)));
    }

    // ---- the command centre: accept, close, cancel

    @WithTransaction
    public Uni<Case> accept(ScopedActor a, AcceptCaseInput in) {
        String note = Texts.optional(in.note);
        return CaseLocks.lock(a, in.caseId).chain(l -> {
            CasePolicy.command(l.actor(), l.caseFile().areaPath).orThrow();
            return move(l, CaseStatus.ACCEPTED, CaseEventKind.ACCEPTED, note, "CASE_ACCEPTED");
        });
    }

    @WithTransaction
    public Uni<Case> close(ScopedActor a, CloseCaseInput in) {
        String note = Texts.optional(in.note);
        return CaseLocks.lock(a, in.caseId).chain(l -> {
            CasePolicy.command(l.actor(), l.caseFile().areaPath).orThrow();
            CaseTransitions.check(l.caseFile().status, CaseStatus.CLOSED);
            // 闭环: no hop of the case stays open or unrated unless the command centre says why it closes it unfinished
            List<HopSettlement.Closing> closings = HopSettlement.closings(l.all(), in.hopReasons);
            l.caseFile().closedAt = OffsetDateTime.now();
            return HopSettlement.close(trail, l.actor(), l.caseFile(), closings)
                    .chain(() -> move(l, CaseStatus.CLOSED, CaseEventKind.CLOSED, note, "CASE_CLOSED"));
        });
    }

    @WithTransaction
    public Uni<Case> cancel(ScopedActor a, CancelCaseInput in) {
        String reason = in.reason;
        return CaseLocks.lock(a, in.caseId).chain(l -> {
            CasePolicy.cancel(l.actor(), l.caseFile()).orThrow();
            return move(l, CaseStatus.CANCELLED, CaseEventKind.CANCELLED, reason, "CASE_CANCELLED");
        });
    }

    private Uni<Case> move(CaseLocks.Locked l, CaseStatus to, CaseEventKind kind, String note, String action) {
        Case c = l.caseFile();
        CaseTrail.CaseSnapshot before = CaseTrail.CaseSnapshot.of(c);
        CaseTransitions.check(c.status, to);
        c.status = to;
        c.updatedAt = OffsetDateTime.now();
        return c.<Case>persistAndFlush()
                .call(saved -> trail.step(l.actor(), saved, null, kind, note))
                .call(saved -> trail.caseMoved(l.actor(), action, saved, before));
    }
}

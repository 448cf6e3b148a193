package cn.lvzhi.cases;

import cn.lvzhi.cases.photos.CasePhotos;
import cn.lvzhi.cases.inputs.SignDispatchInput;
import cn.lvzhi.cases.inputs.ReportCaseInput;
import cn.lvzhi.cases.inputs.ReplyDispatchInput;
import cn.lvzhi.cases.inputs.RemindDispatchInput;
import cn.lvzhi.cases.inputs.RefuseDispatchInput;
import cn.lvzhi.cases.inputs.RateDispatchInput;
import cn.lvzhi.cases.inputs.DispatchTargetInput;
import cn.lvzhi.cases.inputs.DispatchCaseInput;
import cn.lvzhi.cases.inputs.DecideAppealInput;
import cn.lvzhi.cases.inputs.CloseCaseInput;
import cn.lvzhi.cases.inputs.CancelCaseInput;
import cn.lvzhi.cases.inputs.AppealRatingInput;
import cn.lvzhi.cases.inputs.AcceptCaseInput;
import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.Idempotency;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.org.UnitScopes;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The life of a case (“一件事”): report, accept, dispatch along the chain, sign, refuse, reply, rate (谁派单、谁评价),
 * remind, appeal, close, cancel. Every mutation locks the case row first, so concurrent changes of one case are
 * applied one after the other and each sees the state the previous one left; every change writes the timeline
 * and the audit trail in the same transaction.
 */
@ApplicationScoped
public class CaseService {
    static final String DISPATCH_NOT_FOUND = "派单不存在 (dispatch not found)";
    static final String RATING_NOT_FOUND = "评价不存在 (rating not found)";
    static final String APPEAL_NOT_FOUND = "申诉不存在 (appeal not found)";
    private static final Set<ListKind> CATEGORY_KINDS = EnumSet.of(ListKind.COLLABORATION, ListKind.TERRITORIAL, ListKind.BOUNDARY);
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CaseReads reads;
    private final UnitReads units;
    private final UnitScopes scopes;
    private final ListReads lists;
    private final AuditLog audit;
    private final CasePhotos photos;
    private final CaseDisputes disputes;
    private final String codePrefix;

    public CaseService(CaseReads reads, UnitReads units, UnitScopes scopes, ListReads lists, AuditLog audit, CasePhotos photos,
                       CaseDisputes disputes,
                       @ConfigProperty(name = "lvzhi.cases.code-prefix", defaultValue = "QH") String codePrefix) {
        this.reads = reads;
        this.photos = photos;
        this.units = units;
        this.scopes = scopes;
        this.lists = lists;
        this.audit = audit;
        this.disputes = disputes;
        this.codePrefix = codePrefix;
    }

    /** What the audit trail keeps of a case. */
    record CaseSnapshot(String code, CaseStatus status, String title, Long categoryItemId, String categoryText,
                        Long originUnitId, Long areaUnitId, CasePriority priority, boolean hasUnsatisfied) {
        static CaseSnapshot of(Case c) {
            return new CaseSnapshot(c.code, c.status, c.title, c.categoryItemId, c.categoryText, c.originUnitId,
                    c.areaUnitId, c.priority, c.hasUnsatisfied);
        }
    }

    /** What the audit trail keeps of a dispatch. */
    record DispatchSnapshot(Long caseId, Long parentDispatchId, Long fromUnitId, Long toUnitId, DispatchRole role,
                            DispatchStatus status, OffsetDateTime signDeadline, OffsetDateTime handleDeadline,
                            String refusalReason, String replyText, boolean overdue) {
        static DispatchSnapshot of(Dispatch d) {
            return new DispatchSnapshot(d.caseId, d.parentDispatchId, d.fromUnitId, d.toUnitId, d.role, d.status,
                    d.signDeadline, d.handleDeadline, d.refusalReason, d.replyText, d.overdue);
        }
    }

    /** A locked case with its dispatches, as seen by the actor. */
    record Locked(CaseActor actor, Case caseFile, List<Dispatch> visible, List<Dispatch> all) {
        Dispatch dispatch(long id) {
            return visible.stream().filter(d -> d.id == id).findFirst()
                    .orElseThrow(() -> new NotFoundException(DISPATCH_NOT_FOUND));
        }
    }

    // ---- report

    /**
     * Reports a case, or returns the first one for a retried client key or external id. The category and area are
     * checked before the transaction opens, so the transaction needs no second connection.
     */
    public Uni<Case> report(CaseActor a, ReportCaseInput in) {
        CasePolicy.report(a).orThrow();
        boolean system = a.has(Role.INTEGRATION) && !a.has(Role.GRID_WORKER);
        String clientKey = Texts.name("input.clientKey", in.clientKey, false, 100, "幂等键");
        String externalId = Texts.name("input.externalId", in.externalId, system, 100, "外部编号");
        Case c = draft(a, in, system, clientKey, externalId);
        String keyField = clientKey != null ? "input.clientKey" : "input.externalId";
        return category(a, c.categoryItemId).chain(() -> photos.requireOwn(c.reporterSubject, c.attachments))
                .chain(() -> area(a, in.areaUnitId)).chain(area -> Panache.withTransaction(() -> {
            Uni<Case> earlier = clientKey != null
                    ? Case.<Case>find("reporterSubject = ?1 and clientKey = ?2", c.reporterSubject, clientKey).firstResult()
                    : externalId != null
                    ? Case.<Case>find("reporterSubject = ?1 and externalId = ?2", c.reporterSubject, externalId).firstResult()
                    : Uni.createFrom().nullItem();
            return earlier.chain(first -> first != null
                    ? Uni.createFrom().item(() -> Idempotency.replay(first, first.payloadHash, c.payloadHash, keyField))
                    : persistNew(a, c, area));
        }));
    }

    private static Case draft(CaseActor a, ReportCaseInput in, boolean system, String clientKey, String externalId) {
        Case c = new Case();
        c.title = Texts.name("input.title", in.title, true, 200, "标题");
        c.description = Inputs.text("input.description", in.description, true, 5000, "事件描述");
        c.address = Texts.name("input.address", in.address, true, 300, "地址");
        c.categoryText = Texts.name("input.categoryText", in.categoryText, false, 100, "事件类别");
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
        c.attachments = Inputs.attachments("input.attachments", in.attachments);
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
        c.originUnitId = a.unitId();
        c.reporterSubject = a.actor().subject();
        c.reporterName = a.actor().displayName();
        c.status = CaseStatus.REPORTED;
        OffsetDateTime now = OffsetDateTime.now();
        c.reportedAt = now;
        c.updatedAt = now;
        return c;
    }

    private Uni<Case> persistNew(CaseActor a, Case c, Unit area) {
        c.areaUnitId = area.id;
        c.areaPath = area.path;
        return nextCode(c.reportedAt).chain(code -> {
            c.code = code;
            return c.<Case>persistAndFlush();
        }).call(saved -> event(a, saved, null, CaseEventKind.REPORTED, null))
                .call(saved -> audit.record(a.actor(), "CASE_REPORTED", "Case", saved.id, null, CaseSnapshot.of(saved)));
    }

    /** The category must be a published collaboration, territorial or boundary item. */
    private Uni<Void> category(CaseActor a, Long itemId) {
        if (itemId == null) {
            return Uni.createFrom().voidItem();
        }
        return scopes.of(a.actor()).chain(scope -> lists.item(a.actor(), scope, itemId))
                .onFailure(NotFoundException.class).transform(e -> new ValidationException("input.categoryItemId",
                        "清单事项不存在 (no such list item)"))
                .invoke(item -> {
                    if (!CATEGORY_KINDS.contains(item.kind) || item.status != cn.lvzhi.lists.ItemStatus.PUBLISHED) {
                        throw new ValidationException("input.categoryItemId",
                                "事件类别须为已发布的协同、属地或边界清单事项 (a published collaboration, territorial or boundary item)");
                    }
                }).replaceWithVoid();
    }

    /** Where the case lies: the given township, else the reporter's own township, else its district. */
    private Uni<Unit> area(CaseActor a, Long areaUnitId) {
        if (areaUnitId != null) {
            return units.byId(areaUnitId).onFailure(NotFoundException.class)
                    .transform(e -> new ValidationException("input.areaUnitId", "所在镇街不存在 (no such unit)"))
                    .invoke(u -> {
                        if (u.kind != cn.lvzhi.org.UnitKind.TOWNSHIP || !a.regionHolds(u.path)) {
                            throw new ValidationException("input.areaUnitId", "所在地须为本区的镇街 (a township of your district)");
                        }
                    });
        }
        return reads.townshipAround(a.unitPath()).chain(t -> t != null ? Uni.createFrom().item(t)
                : a.regionPath() == null ? Uni.createFrom().failure(new ValidationException("input.areaUnitId",
                "无法确定事件所在地，请指定镇街 (name the township)"))
                : reads.unitAtPath(a.regionPath()));
    }

    private Uni<String> nextCode(OffsetDateTime now) {
        var day = now.atZoneSameInstant(WorkingDays.ZONE).toLocalDate();
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO case_code_counter (day, last) VALUES (?1, 1)
                        ON CONFLICT (day) DO UPDATE SET last = case_code_counter.last + 1 RETURNING last""", Integer.class)
                .setParameter(1, day).getSingleResult())
                .map(n -> codePrefix + "-" + CODE_DAY.format(day) + "-" + String.format("%04d", n));
    }

    // ---- command centre: accept, close, cancel

    @WithTransaction
    public Uni<Case> accept(CaseActor a, AcceptCaseInput in) {
        String note = Inputs.text("input.note", in.note, false, 1000, "受理意见");
        return lock(a, in.caseId).chain(l -> {
            CasePolicy.command(l.actor(), l.caseFile().areaPath).orThrow();
            return move(l, CaseStatus.ACCEPTED, CaseEventKind.ACCEPTED, note, "CASE_ACCEPTED");
        });
    }

    @WithTransaction
    public Uni<Case> close(CaseActor a, CloseCaseInput in) {
        String note = Inputs.text("input.note", in.note, false, 1000, "结案意见");
        return lock(a, in.caseId).chain(l -> {
            CasePolicy.command(l.actor(), l.caseFile().areaPath).orThrow();
            return move(l, CaseStatus.CLOSED, CaseEventKind.CLOSED, note, "CASE_CLOSED");
        });
    }

    @WithTransaction
    public Uni<Case> cancel(CaseActor a, CancelCaseInput in) {
        String reason = Inputs.text("input.reason", in.reason, true, 1000, "撤销理由");
        return lock(a, in.caseId).chain(l -> {
            CasePolicy.cancel(l.actor(), l.caseFile()).orThrow();
            return move(l, CaseStatus.CANCELLED, CaseEventKind.CANCELLED, reason, "CASE_CANCELLED");
        });
    }

    private Uni<Case> move(Locked l, CaseStatus to, CaseEventKind kind, String note, String action) {
        Case c = l.caseFile();
        CaseSnapshot before = CaseSnapshot.of(c);
        CaseTransitions.check(c.status, to);
        c.status = to;
        c.updatedAt = OffsetDateTime.now();
        return c.<Case>persistAndFlush()
                .call(saved -> event(l.actor(), saved, null, kind, note))
                .call(saved -> audit.record(l.actor().actor(), action, "Case", saved.id, before, CaseSnapshot.of(saved)));
    }

    // ---- dispatch

    @WithTransaction
    public Uni<Payloads.DispatchCasePayload> dispatch(CaseActor a, DispatchCaseInput in) {
        String instructions = Inputs.text("input.instructions", in.instructions, false, 2000, "派单要求");
        int signDays = Inputs.days("input.signDays", in.signDays, 1, "签收时限");
        int handlingDays = Inputs.days("input.handlingDays", in.handlingDays, 5, "办理时限");
        if (in.targets.isEmpty() || in.targets.size() > 10) {
            throw new ValidationException("input.targets", "须指定 1 至 10 个承办单位 (1..10 targets)");
        }
        Set<Long> distinct = new HashSet<>();
        in.targets.forEach(t -> {
            if (!distinct.add(t.unitId)) {
                throw new ValidationException("input.targets", "承办单位重复 (a unit appears twice)");
            }
        });
        long leads = in.targets.stream().filter(t -> t.role == DispatchRole.LEAD).count();
        if (leads > 1) {
            throw new ValidationException("input.targets", "每次派单只能有一个牵头单位 (one lead per dispatch)");
        }
        return lock(a, in.caseId).chain(l -> unitsIn(distinct).chain(targetUnits -> {
            Case c = l.caseFile();
            if (c.version != in.caseVersion) {
                throw new ConflictException("事件已被他人更新（当前版本 " + c.version + "），请刷新后重试 (stale case version)");
            }
            Dispatch parent = in.parentDispatchId == null ? null : l.dispatch(in.parentDispatchId);
            for (DispatchTargetInput t : in.targets) {
                Unit u = targetUnits.get(t.unitId);
                if (u == null) {
                    throw new ValidationException("input.targets", "承办单位不存在 (no such unit)");
                }
                DispatchPolicy.dispatch(l.actor(), c.areaPath, parent, new DispatchPolicy.Target(u.id, u.path, u.kind)).orThrow();
            }
            CaseSnapshot before = CaseSnapshot.of(c);
            if (parent != null) {
                if (parent.status != DispatchStatus.SIGNED) {
                    throw new ConflictException("派单当前状态为 " + parent.status + "，须签收后才能转派 (sign for it before passing it on)");
                }
            } else if (c.status != CaseStatus.DISPATCHED && c.status != CaseStatus.IN_PROGRESS) {
                CaseTransitions.check(c.status, CaseStatus.DISPATCHED);
                c.status = CaseStatus.DISPATCHED;
            }
            Long parentId = parent == null ? null : parent.id;
            List<Dispatch> sameHop = allOfHop(l, parentId).stream().filter(d -> d.status != DispatchStatus.REFUSED).toList();
            if (leads == 1 && sameHop.stream().anyMatch(d -> d.role == DispatchRole.LEAD)) {
                throw new ConflictException("该环节已有牵头单位在办 (this hop already has a live lead)");
            }
            if (sameHop.stream().anyMatch(d -> distinct.contains(d.toUnitId))) {
                throw new ConflictException("已向该单位派单 (already dispatched to this unit)");
            }
            OffsetDateTime now = OffsetDateTime.now();
            c.updatedAt = now;
            List<Dispatch> created = new ArrayList<>();
            for (DispatchTargetInput t : in.targets) {
                Dispatch d = newDispatch(l, parentId, l.actor().unitId(), t.unitId, t.role, instructions, now);
                d.signDeadline = WorkingDays.plus(now, signDays);
                d.handleDeadline = WorkingDays.plus(now, handlingDays);
                created.add(d);
            }
            return persistDispatches(l, before, created, targetUnits);
        }));
    }

    private static Dispatch newDispatch(Locked l, Long parentId, long fromUnitId, long toUnitId, DispatchRole role,
                                        String instructions, OffsetDateTime now) {
        Dispatch d = new Dispatch();
        d.caseId = l.caseFile().id;
        d.parentDispatchId = parentId;
        d.fromUnitId = fromUnitId;
        d.fromSubject = l.actor().actor().subject();
        d.fromName = l.actor().actor().displayName();
        d.toUnitId = toUnitId;
        d.role = role;
        d.instructions = instructions;
        d.status = DispatchStatus.SENT;
        d.sentAt = now;
        d.replyAttachments = List.of();
        return d;
    }

    /** Saves the case and its new dispatches, writing the timeline and the audit trail of each. */
    private Uni<Payloads.DispatchCasePayload> persistDispatches(Locked l, CaseSnapshot before, List<Dispatch> created,
                                                                Map<Long, Unit> targetUnits) {
        Case c = l.caseFile();
        Uni<Void> chain = c.persist().replaceWithVoid();
        for (Dispatch d : created) {
            chain = chain.chain(() -> d.<Dispatch>persist()).chain(() -> Panache.getSession().chain(s -> s.flush()))
                    .chain(() -> event(l.actor(), c, d, CaseEventKind.DISPATCHED, targetUnits.get(d.toUnitId).name
                            + "（" + (d.role == DispatchRole.LEAD ? "牵头" : "协同") + "）"))
                    .chain(() -> audit.record(l.actor().actor(), "CASE_DISPATCHED", "Dispatch", d.id, null, DispatchSnapshot.of(d)));
        }
        return chain.chain(() -> c.status == before.status() ? Uni.createFrom().voidItem()
                        : audit.record(l.actor().actor(), "CASE_STATUS", "Case", c.id, before, CaseSnapshot.of(c)))
                .chain(() -> Panache.getSession().chain(s -> s.flush()))
                .map(x -> new Payloads.DispatchCasePayload(c, created));
    }

    /** A unit a dispute's decision names, with its role for the case. */
    public record DecidedHandler(long unitId, DispatchRole role) {
    }

    /**
     * Dispatches a DISPUTED case as a dispute's decision says (职责争议裁定): a new first hop to the named lead and
     * co-operating units, sent in the name of the unit that dispatched the refused first hop (so that unit rates
     * the work, 谁派单谁评价). Runs inside the caller's transaction; the disputes feature has checked who decides.
     */
    public Uni<Payloads.DispatchCasePayload> dispatchDecided(CaseActor a, long caseId, List<DecidedHandler> handlers, String instructions) {
        Set<Long> ids = new HashSet<>();
        handlers.forEach(h -> ids.add(h.unitId()));
        return lock(a, caseId).chain(l -> unitsIn(ids).chain(targetUnits -> {
            Case c = l.caseFile();
            CaseSnapshot before = CaseSnapshot.of(c);
            CaseTransitions.check(c.status, CaseStatus.DISPATCHED);
            long dispatcher = allOfHop(l, null).stream().map(d -> d.fromUnitId).reduce((x, y) -> y).orElse(a.unitId());
            c.status = CaseStatus.DISPATCHED;
            OffsetDateTime now = OffsetDateTime.now();
            c.updatedAt = now;
            List<Dispatch> created = new ArrayList<>();
            for (DecidedHandler h : handlers) {
                if (!targetUnits.containsKey(h.unitId())) {
                    throw new ValidationException("input.leadUnitId", "承办单位不存在 (no such unit)");
                }
                Dispatch d = newDispatch(l, null, dispatcher, h.unitId(), h.role(), instructions, now);
                d.signDeadline = WorkingDays.plus(now, 1);
                d.handleDeadline = WorkingDays.plus(now, 5);
                created.add(d);
            }
            return persistDispatches(l, before, created, targetUnits);
        }));
    }

    // ---- handling: sign, refuse, reply

    @WithTransaction
    public Uni<Payloads.DispatchPayload> sign(CaseActor a, SignDispatchInput in) {
        return lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            requireStatus(d, DispatchStatus.SENT, "签收");
            DispatchSnapshot before = DispatchSnapshot.of(d);
            d.status = DispatchStatus.SIGNED;
            d.signedAt = OffsetDateTime.now();
            d.signedByName = l.actor().actor().displayName();
            Case c = l.caseFile();
            CaseStatus caseTo = c.status == CaseStatus.DISPATCHED ? CaseStatus.IN_PROGRESS : null;
            return handled(l, d, before, CaseEventKind.SIGNED, null, "DISPATCH_SIGNED", caseTo, null);
        });
    }

    @WithTransaction
    public Uni<Payloads.DispatchPayload> refuse(CaseActor a, RefuseDispatchInput in) {
        String reason = Inputs.text("input.reason", in.reason, true, 1000, "退单理由");
        return lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            requireStatus(d, DispatchStatus.SENT, "退单");
            DispatchSnapshot before = DispatchSnapshot.of(d);
            d.status = DispatchStatus.REFUSED;
            d.refusedAt = OffsetDateTime.now();
            d.refusalReason = reason;
            // when every candidate of the first hop has refused, nobody owns the case: a dispute (职责争议)
            boolean allRefused = d.parentDispatchId == null && allOfHop(l, null).stream().allMatch(x -> x.status == DispatchStatus.REFUSED);
            CaseStatus caseTo = allRefused ? CaseStatus.DISPUTED : null;
            if (allRefused) {
                l.caseFile().everDisputed = true;
            }
            return handled(l, d, before, CaseEventKind.REFUSED, reason, "DISPATCH_REFUSED", caseTo, CaseEventKind.DISPUTED)
                    .call(p -> allRefused ? disputes.disputed(l.actor(), p.caseFile()) : Uni.createFrom().voidItem());
        });
    }

    @WithTransaction
    public Uni<Payloads.DispatchPayload> reply(CaseActor a, ReplyDispatchInput in) {
        String text = Inputs.text("input.text", in.text, true, 5000, "办结反馈");
        List<String> attachments = Inputs.attachments("input.attachments", in.attachments);
        return photos.requireOwnInTransaction(a.actor().subject(), attachments).chain(() -> lockByDispatch(a, in.dispatchId)).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            requireStatus(d, DispatchStatus.SIGNED, "办结反馈");
            DispatchSnapshot before = DispatchSnapshot.of(d);
            d.status = DispatchStatus.REPLIED;
            d.repliedAt = OffsetDateTime.now();
            d.replyText = text;
            d.replyAttachments = attachments;
            d.repliedByName = l.actor().actor().displayName();
            // the case is done when every live first-hop dispatch has been replied to
            boolean done = d.parentDispatchId == null && allOfHop(l, null).stream()
                    .filter(x -> x.status != DispatchStatus.REFUSED)
                    .allMatch(x -> x.status == DispatchStatus.REPLIED || x.status == DispatchStatus.RATED);
            CaseStatus caseTo = done && l.caseFile().status != CaseStatus.COMPLETED ? CaseStatus.COMPLETED : null;
            return handled(l, d, before, CaseEventKind.REPLIED, null, "DISPATCH_REPLIED", caseTo, CaseEventKind.COMPLETED);
        });
    }

    /** All dispatches of a hop (the first hop: {@code parentId} null), whether or not the actor sees them. */
    private static List<Dispatch> allOfHop(Locked l, Long parentId) {
        return l.all().stream().filter(x -> java.util.Objects.equals(x.parentDispatchId, parentId)).toList();
    }

    private static void requireStatus(Dispatch d, DispatchStatus expected, String action) {
        if (d.status != expected) {
            throw new ConflictException("派单当前状态为 " + d.status + "，不能" + action + " (the dispatch is " + d.status + ")");
        }
    }

    /** Saves a handled dispatch, moves the case when {@code caseTo} is given, and records both. */
    private Uni<Payloads.DispatchPayload> handled(Locked l, Dispatch d, DispatchSnapshot before, CaseEventKind kind, String note,
                                                  String action, CaseStatus caseTo, CaseEventKind caseEvent) {
        Case c = l.caseFile();
        CaseSnapshot caseBefore = CaseSnapshot.of(c);
        if (caseTo != null) {
            CaseTransitions.check(c.status, caseTo);
            c.status = caseTo;
        }
        c.updatedAt = OffsetDateTime.now();
        return d.<Dispatch>persist().chain(() -> c.<Case>persistAndFlush())
                .chain(() -> event(l.actor(), c, d, kind, note))
                .chain(() -> audit.record(l.actor().actor(), action, "Dispatch", d.id, before, DispatchSnapshot.of(d)))
                .chain(() -> caseTo == null ? Uni.createFrom().voidItem()
                        : event(l.actor(), c, null, caseEvent == null ? kind : caseEvent, null)
                        .chain(() -> audit.record(l.actor().actor(), "CASE_STATUS", "Case", c.id, caseBefore, CaseSnapshot.of(c))))
                .map(x -> new Payloads.DispatchPayload(d, c));
    }

    // ---- rating, reminders, appeals

    @WithTransaction
    public Uni<Rating> rate(CaseActor a, RateDispatchInput in) {
        String comment = Inputs.text("input.comment", in.comment, in.level == RatingLevel.UNSATISFIED, 2000, "评价意见");
        return lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            RatingPolicy.rate(l.actor(), d).orThrow();
            conflictUnless(RatingPolicy.rateable(d.status));
            DispatchSnapshot before = DispatchSnapshot.of(d);
            Rating r = new Rating();
            r.dispatchId = d.id;
            r.caseId = d.caseId;
            r.level = in.level;
            r.originalLevel = in.level;
            r.comment = comment;
            r.raterUnitId = l.actor().unitId();
            r.raterSubject = l.actor().actor().subject();
            r.raterName = l.actor().actor().displayName();
            r.ratedUnitId = d.toUnitId;
            r.ratedAt = OffsetDateTime.now();
            d.status = DispatchStatus.RATED;
            Case c = l.caseFile();
            if (in.level == RatingLevel.UNSATISFIED) {
                c.hasUnsatisfied = true;
            }
            c.updatedAt = r.ratedAt;
            return r.<Rating>persist().chain(() -> d.persist()).chain(() -> c.<Case>persistAndFlush())
                    .chain(() -> event(l.actor(), c, d, CaseEventKind.RATED, label(in.level) + (comment == null ? "" : "：" + comment)))
                    .chain(() -> audit.record(l.actor().actor(), "DISPATCH_RATED", "Rating", r.id, before, r.level + " " + (comment == null ? "" : comment)))
                    .map(x -> r);
        });
    }

    private static String label(RatingLevel level) {
        return switch (level) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case UNSATISFIED -> "不满意";
        };
    }

    private static void conflictUnless(Decision decision) {
        if (!decision.allowed()) {
            throw new ConflictException(decision.reason());
        }
    }

    @WithTransaction
    public Uni<Reminder> remind(CaseActor a, RemindDispatchInput in) {
        String message = Inputs.text("input.message", in.message, true, 500, "催办内容");
        return lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.remind(l.actor(), l.caseFile().areaPath, d).orThrow();
            if (d.status != DispatchStatus.SENT && d.status != DispatchStatus.SIGNED) {
                throw new ConflictException("派单当前状态为 " + d.status + "，无需催办 (only an open dispatch is reminded)");
            }
            Reminder r = new Reminder();
            r.dispatchId = d.id;
            r.caseId = d.caseId;
            r.fromUnitId = l.actor().unitId();
            r.bySubject = l.actor().actor().subject();
            r.byName = l.actor().actor().displayName();
            r.message = message;
            r.createdAt = OffsetDateTime.now();
            return r.<Reminder>persistAndFlush()
                    .call(saved -> event(l.actor(), l.caseFile(), d, CaseEventKind.REMINDED, message))
                    .call(saved -> audit.record(l.actor().actor(), "DISPATCH_REMINDED", "Reminder", saved.id, null, message));
        });
    }

    @WithTransaction
    public Uni<Appeal> appeal(CaseActor a, AppealRatingInput in) {
        String reason = Inputs.text("input.reason", in.reason, true, 2000, "申诉理由");
        return caseOf("select r.caseId from Rating r where r.id = :id", in.ratingId, RATING_NOT_FOUND)
                .chain(caseId -> lock(a, caseId))
                .chain(l -> Rating.<Rating>findById(in.ratingId).chain(r -> {
                    Dispatch d = l.visible().stream().filter(x -> x.id.equals(r.dispatchId)).findFirst()
                            .orElseThrow(() -> new NotFoundException(RATING_NOT_FOUND));
                    AppealPolicy.appeal(l.actor(), r).orThrow();
                    return Appeal.count("ratingId", r.id).chain(n -> {
                        conflictUnless(AppealPolicy.appealable(n > 0));
                        Appeal ap = new Appeal();
                        ap.ratingId = r.id;
                        ap.caseId = r.caseId;
                        ap.appellantUnitId = l.actor().unitId();
                        ap.appellantName = l.actor().actor().displayName();
                        ap.reason = reason;
                        ap.status = AppealStatus.PENDING;
                        ap.appealedAt = OffsetDateTime.now();
                        return ap.<Appeal>persistAndFlush()
                                .call(saved -> event(l.actor(), l.caseFile(), d, CaseEventKind.APPEALED, reason))
                                .call(saved -> audit.record(l.actor().actor(), "RATING_APPEALED", "Appeal", saved.id, null, reason));
                    });
                }));
    }

    @WithTransaction
    public Uni<Appeal> decideAppeal(CaseActor a, DecideAppealInput in) {
        String reason = Inputs.text("input.reason", in.reason, true, 2000, "处理理由");
        if (in.outcome == AppealStatus.PENDING) {
            throw new ValidationException("input.outcome", "处理结果须为维持（UPHELD）或改评（REVISED）(UPHELD or REVISED)");
        }
        if ((in.outcome == AppealStatus.REVISED) != (in.revisedLevel != null)) {
            throw new ValidationException("input.revisedLevel", "改评须且只须给出新的评价等级 (revisedLevel goes with REVISED only)");
        }
        return caseOf("select a.caseId from Appeal a where a.id = :id", in.appealId, APPEAL_NOT_FOUND)
                .chain(caseId -> lock(a, caseId))
                .chain(l -> Appeal.<Appeal>findById(in.appealId).chain(ap -> Rating.<Rating>findById(ap.ratingId).chain(r -> {
                    AppealPolicy.decide(l.actor(), l.caseFile().areaPath).orThrow();
                    if (ap.status != AppealStatus.PENDING) {
                        throw new ConflictException("申诉已处理（" + ap.status + "），不能再次处理 (the appeal is " + ap.status + ")");
                    }
                    if (in.revisedLevel != null && in.revisedLevel == r.level) {
                        throw new ValidationException("input.revisedLevel", "改评等级与原评价相同 (the same level)");
                    }
                    ap.status = in.outcome;
                    ap.revisedLevel = in.revisedLevel;
                    ap.decisionReason = reason;
                    ap.decidedByName = l.actor().actor().displayName();
                    ap.decidedAt = OffsetDateTime.now();
                    RatingLevel before = r.level;
                    if (in.revisedLevel != null) {
                        r.level = in.revisedLevel;
                        if (r.level == RatingLevel.UNSATISFIED && r.comment == null) {
                            r.comment = reason;
                        }
                    }
                    Case c = l.caseFile();
                    c.updatedAt = ap.decidedAt;
                    return ap.persist().chain(() -> r.persist()).chain(() -> Panache.getSession().chain(s -> s.flush()))
                            .chain(() -> Rating.count("caseId = ?1 and level = ?2", c.id, RatingLevel.UNSATISFIED))
                            .chain(unsatisfied -> {
                                c.hasUnsatisfied = unsatisfied > 0;
                                return c.<Case>persistAndFlush();
                            })
                            // the decision speaks of the rated unit's work: it belongs to the rated dispatch, as visible as it
                            .chain(() -> event(l.actor(), c, ratedDispatch(l, r), CaseEventKind.APPEAL_DECIDED,
                                    (ap.status == AppealStatus.UPHELD ? "维持原评价" : "改评为" + label(r.level)) + "：" + reason))
                            .chain(() -> audit.record(l.actor().actor(), "APPEAL_DECIDED", "Appeal", ap.id, before, r.level + " " + reason))
                            .map(x -> ap);
                })));
    }

    private static Dispatch ratedDispatch(Locked l, Rating r) {
        return l.all().stream().filter(d -> d.id.equals(r.dispatchId)).findFirst()
                .orElseThrow(() -> new NotFoundException(RATING_NOT_FOUND));
    }

    // ---- loading under lock

    private Uni<Long> caseOf(String hql, long id, String notFound) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Long.class).setParameter("id", id).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> new NotFoundException(notFound));
    }

    private Uni<Locked> lockByDispatch(CaseActor a, long dispatchId) {
        return caseOf("select d.caseId from Dispatch d where d.id = :id", dispatchId, DISPATCH_NOT_FOUND)
                .chain(caseId -> lock(a, caseId))
                .invoke(l -> l.dispatch(dispatchId));
    }

    /**
     * Locks the case row (SELECT … FOR UPDATE) and loads its dispatches; NOT_FOUND unless the actor sees it. The
     * row lock serialises every change of one case, so of two concurrent raters or dispatchers the second sees
     * what the first did.
     */
    private Uni<Locked> lock(CaseActor a, long caseId) {
        return Case.<Case>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(c -> {
            if (c == null) {
                throw new NotFoundException(CaseReads.CASE_NOT_FOUND);
            }
            return Dispatch.<Dispatch>list("caseId = ?1 order by id", c.id).chain(all -> {
                Set<Long> unitIds = new HashSet<>();
                unitIds.add(c.originUnitId);
                all.forEach(d -> {
                    unitIds.add(d.fromUnitId);
                    unitIds.add(d.toUnitId);
                });
                return pathsOf(unitIds).map(paths -> {
                    List<String> parties = new ArrayList<>();
                    all.forEach(d -> {
                        parties.add(paths.get(d.fromUnitId));
                        parties.add(paths.get(d.toUnitId));
                    });
                    var facts = new CaseVisibility.CaseFacts(c.reporterSubject, paths.get(c.originUnitId), c.areaPath, c.hasUnsatisfied, c.everDisputed, parties);
                    if (!CaseVisibility.sees(a, facts)) {
                        throw new NotFoundException(CaseReads.CASE_NOT_FOUND);
                    }
                    Set<Long> visible = CaseVisibility.visibleDispatches(a, facts, all.stream().map(d -> new CaseVisibility.DispatchFacts(
                            d.id, d.parentDispatchId, paths.get(d.fromUnitId), paths.get(d.toUnitId))).toList());
                    return new Locked(a, c, all.stream().filter(d -> visible.contains(d.id)).toList(), all);
                });
            });
        });
    }

    /**
     * Units by id, read in the transaction's own session: while a transaction waits for a case's row lock it
     * holds a connection, so the lock holder must not need a second one from the pool.
     */
    private static Uni<Map<Long, Unit>> unitsIn(Set<Long> ids) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Unit u where u.id in :ids", Unit.class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<Long, Unit> byId = new java.util.HashMap<>();
                    rows.forEach(u -> byId.put(u.id, u));
                    return byId;
                });
    }

    private static Uni<Map<Long, String>> pathsOf(Set<Long> ids) {
        return unitsIn(ids).map(units -> {
            Map<Long, String> paths = new java.util.HashMap<>();
            units.forEach((id, u) -> paths.put(id, u.path));
            return paths;
        });
    }

    private Uni<Void> event(CaseActor a, Case c, Dispatch d, CaseEventKind kind, String note) {
        CaseEvent e = new CaseEvent();
        e.caseId = c.id;
        e.dispatchId = d == null ? null : d.id;
        e.kind = kind;
        e.actorName = a.actor().displayName();
        e.actorUnitId = a.unitId();
        e.note = note;
        e.occurredAt = OffsetDateTime.now();
        return e.persist().replaceWithVoid();
    }

    /** The units a case's list item names: its lead and co-operating units, with their duties. */
    public Uni<List<SuggestedHandler>> suggestedHandlers(CaseActor a, long caseId) {
        return reads.byId(a, caseId).chain(c -> {
            if (c.categoryItemId == null) {
                return Uni.createFrom().item(List.<SuggestedHandler>of());
            }
            return scopes.of(a.actor()).chain(scope -> lists.item(a.actor(), scope, c.categoryItemId)).chain(item -> suggestions(c, item));
        });
    }

    private Uni<List<SuggestedHandler>> suggestions(Case c, ListItem item) {
        var details = item.details;
        List<SuggestedHandler> out = new ArrayList<>();
        List<cn.lvzhi.lists.ItemDetails.Party> parties = List.of();
        if (details.collaboration() != null) {
            out.add(new SuggestedHandler(item.unitId, DispatchRole.LEAD, details.collaboration().leadResponsibility()));
            parties = details.collaboration().cooperating();
        } else if (details.boundary() != null) {
            out.add(new SuggestedHandler(item.unitId, DispatchRole.LEAD, details.boundary().leadResponsibility()));
            parties = details.boundary().cooperating();
        } else if (details.territorial() != null) {
            out.add(new SuggestedHandler(item.unitId, DispatchRole.LEAD, details.territorial().leadResponsibility()));
            if (!c.areaUnitId.equals(item.unitId)) {
                out.add(new SuggestedHandler(c.areaUnitId, DispatchRole.CO_OPERATE, details.territorial().townshipResponsibility()));
            }
        }
        List<cn.lvzhi.lists.ItemDetails.Party> cooperating = parties == null ? List.of() : parties;
        if (cooperating.isEmpty()) {
            return Uni.createFrom().item(out);
        }
        return units.byCodes(cooperating.stream().map(cn.lvzhi.lists.ItemDetails.Party::unitCode).distinct().toList()).map(found -> {
            Map<String, Long> idByCode = new java.util.HashMap<>();
            found.forEach(u -> idByCode.put(u.code, u.id));
            cooperating.stream().filter(p -> idByCode.containsKey(p.unitCode()))
                    .forEach(p -> out.add(new SuggestedHandler(idByCode.get(p.unitCode()), DispatchRole.CO_OPERATE, p.responsibility())));
            return out;
        });
    }
}

package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationPeriodKind;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.ledger.LedgerPolicy.Sight;
import cn.lvzhi.evaluation.ledger.inputs.AddLedgerActionInput;
import cn.lvzhi.evaluation.ledger.inputs.DecideLedgerExtensionInput;
import cn.lvzhi.evaluation.ledger.inputs.LedgerItemVersionInput;
import cn.lvzhi.evaluation.ledger.inputs.OpenLedgerItemInput;
import cn.lvzhi.evaluation.ledger.inputs.RectifyLedgerItemInput;
import cn.lvzhi.evaluation.ledger.inputs.RequestLedgerExtensionInput;
import cn.lvzhi.evaluation.ledger.inputs.SetLedgerActionDoneInput;
import cn.lvzhi.evaluation.ledger.inputs.VerifyLedgerItemInput;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.RoundUnit;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.security.Decision;
import cn.lvzhi.tracking.RectificationRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The life of rectification ledger items (销户管理): 编办 opens one by hand (every other item opens with its problem,
 * see {@link LedgerOpening}); the unit keeps its actions, rectifies with evidence and asks for extensions; 编办 decides
 * extensions, verifies and closes. Each change holds the item's row, checks its version and is audited.
 */
@ApplicationScoped
public class LedgerService {
    static final String NOT_FOUND = "整改事项不存在 (ledger item not found)";
    static final String EXTENSION_NOT_FOUND = "延期申请不存在 (extension request not found)";

    private final ProblemService problems;
    private final EvaluationFiles files;
    private final AuditLog audit;

    public LedgerService(ProblemService problems, EvaluationFiles files, AuditLog audit) {
        this.problems = problems;
        this.files = files;
        this.audit = audit;
    }

    /** What the audit trail keeps of an item. */
    record Snapshot(long unitId, LedgerState state, java.time.LocalDate dueOn, Integer daysLate, LedgerRating rating,
                    int failedVerifications, int version) {
        static Snapshot of(LedgerItem i) {
            return new Snapshot(i.unitId, i.state, i.dueOn, i.daysLate, i.rating, i.failedVerifications, i.version);
        }
    }

    /** An item held for a change, as the actor sees it. */
    private record Held(LedgerItem item, Sight sight, Snapshot before) {
    }

    public Uni<LedgerItem> open(ScopedActor actor, OpenLedgerItemInput in) {
        boolean tracking = in.source == ProblemSource.TRACKING;
        if (!tracking && in.source != ProblemSource.OTHER) {
            throw new ValidationException("input.source", "手工登记的问题来源须为“其他”或“跟踪问效” (source must be OTHER or TRACKING)");
        }
        if (tracking != (in.trackingRectificationId != null)) {
            throw new ValidationException("input.trackingRectificationId",
                    "来源为跟踪问效时须且仅须选择一项跟踪问效整改 (a TRACKING item names its rectification, others none)");
        }
        return Panache.withTransaction(() -> Unit.<Unit>findById(in.unitId).chain(unit -> {
            if (unit == null) {
                throw new ValidationException("input.unitId", "单位不存在 (unit not found)");
            }
            LedgerPolicy.open(actor, unit.path).orThrow();
            return checkRound(in).chain(() -> checkTracking(in)).chain(() -> tracking && in.roundId == null
                    ? trackingRound(in.unitId, LedgerCalendar.day(OffsetDateTime.now())) : Uni.createFrom().item(in.roundId));
        }).chain(roundId -> problems.record(actor, new Finding(roundId, in.unitId, in.source, in.trackingRectificationId,
                in.description, null, null, null, null, null))
        ).chain(problem -> LedgerItem.<LedgerItem>findById(problem.ledgerItemId)).chain(item -> {
            item.trackingRectificationId = in.trackingRectificationId;
            if (in.dueWorkingDays != null) {
                item.dueWorkingDays = in.dueWorkingDays;
                item.dueOn = LedgerCalendar.dueOn(item.openedAt, in.dueWorkingDays);
            }
            Uni<Void> actions = Uni.createFrom().voidItem();
            for (String description : in.actions == null ? List.<String>of() : in.actions) {
                actions = actions.chain(() -> newAction(actor, item, description));
            }
            return actions.chain(() -> audit.record(actor.actor(), "LEDGER_ITEM_OPENED", "EvaluationLedgerItem", item.id, null,
                    Snapshot.of(item))).replaceWith(item);
        }));
    }

    public Uni<LedgerItem> addAction(ScopedActor actor, AddLedgerActionInput in) {
        return change(actor, in.id, in.version, "LEDGER_ACTION_ADDED", held -> LedgerPolicy.rectify(actor, held.sight()), held -> {
            LedgerRules.notClosed(held.item().state);
            return newAction(actor, held.item(), in.description);
        });
    }

    public Uni<LedgerItem> setActionDone(ScopedActor actor, SetLedgerActionDoneInput in) {
        return change(actor, in.id, in.version, "LEDGER_ACTION_MARKED", held -> LedgerPolicy.rectify(actor, held.sight()), held -> {
            LedgerRules.notClosed(held.item().state);
            return LedgerAction.<LedgerAction>findById(in.actionId).chain(action -> {
                if (action == null || !action.itemId.equals(held.item().id)) {
                    throw new ValidationException("input.actionId", "整改措施不属于该事项 (the action is not the item's)");
                }
                OffsetDateTime now = OffsetDateTime.now();
                action.done = in.done;
                action.doneAt = in.done ? now : null;
                action.doneByName = in.done ? actor.actor().displayName() : null;
                return event(actor, held.item(), in.done ? LedgerEvent.Kind.ACTION_DONE : LedgerEvent.Kind.ACTION_UNDONE,
                        now, action.description);
            });
        });
    }

    public Uni<LedgerItem> rectify(ScopedActor actor, RectifyLedgerItemInput in) {
        return change(actor, in.id, in.version, "LEDGER_ITEM_RECTIFIED", held -> LedgerPolicy.rectify(actor, held.sight()), held -> {
            LedgerItem item = held.item();
            LedgerRules.rectifiable(item.state);
            List<Long> fileIds = in.fileIds == null ? List.of() : in.fileIds.stream().distinct().toList();
            return files.requireOwned(actor.unitId(), fileIds, "input.fileIds")
                    .chain(() -> replaceFiles(item.id, fileIds))
                    .chain(() -> {
                        OffsetDateTime now = OffsetDateTime.now();
                        item.state = LedgerState.RECTIFIED;
                        item.rectifiedAt = now;
                        item.rectifiedBySubject = actor.actor().subject();
                        item.rectifiedByName = actor.actor().displayName();
                        item.evidence = in.evidence;
                        item.daysLate = LedgerCalendar.workingDaysLate(item.dueOn, LedgerCalendar.day(now));
                        return event(actor, item, LedgerEvent.Kind.RECTIFIED, now, in.evidence);
                    });
        });
    }

    public Uni<LedgerItem> verify(ScopedActor actor, VerifyLedgerItemInput in) {
        return change(actor, in.id, in.version, "LEDGER_ITEM_VERIFIED",
                held -> LedgerPolicy.verify(actor, held.sight(), held.item().rectifiedBySubject), held -> {
            LedgerItem item = held.item();
            LedgerRules.verifiable(item.state);
            OffsetDateTime now = OffsetDateTime.now();
            item.state = LedgerRules.afterVerification(in.rating);
            item.rating = in.rating;
            item.verifiedAt = now;
            item.verifiedByName = actor.actor().displayName();
            boolean failed = item.state == LedgerState.OPEN;
            if (failed) {
                item.failedVerifications++;
                item.rectifiedAt = null;
                item.rectifiedBySubject = null;
                item.rectifiedByName = null;
                item.daysLate = null;
            }
            LedgerEvent e = LedgerEvent.of(item.id, failed ? LedgerEvent.Kind.VERIFICATION_FAILED : LedgerEvent.Kind.VERIFIED,
                    now, actor.actor().subject(), actor.actor().displayName(), in.note);
            e.rating = in.rating;
            return e.persist().replaceWithVoid();
        });
    }

    public Uni<LedgerItem> close(ScopedActor actor, LedgerItemVersionInput in) {
        return change(actor, in.id, in.version, "LEDGER_ITEM_CLOSED", held -> LedgerPolicy.manage(actor, held.sight()), held -> {
            LedgerItem item = held.item();
            return LedgerAction.<LedgerAction>list("itemId", item.id).chain(actions -> {
                LedgerRules.closable(item.state, actions.stream().map(a -> a.done).toList());
                OffsetDateTime now = OffsetDateTime.now();
                item.state = LedgerState.CLOSED;
                item.closedAt = now;
                item.closedByName = actor.actor().displayName();
                return event(actor, item, LedgerEvent.Kind.CLOSED, now, null);
            });
        });
    }

    public Uni<LedgerItem> requestExtension(ScopedActor actor, RequestLedgerExtensionInput in) {
        return change(actor, in.id, in.version, "LEDGER_EXTENSION_REQUESTED", held -> LedgerPolicy.requestExtension(held.sight()),
                held -> {
            LedgerItem item = held.item();
            return LedgerExtension.count("itemId = ?1 and status = ?2", item.id, ExtensionStatus.PENDING).chain(pending -> {
                LedgerRules.extendable(item.state, item.dueOn, in.newDueOn, pending > 0);
                OffsetDateTime now = OffsetDateTime.now();
                LedgerExtension x = new LedgerExtension();
                x.itemId = item.id;
                x.reason = in.reason;
                x.requestedDueOn = in.newDueOn;
                x.previousDueOn = item.dueOn;
                x.requestedByName = actor.actor().displayName();
                x.requestedAt = now;
                x.status = ExtensionStatus.PENDING;
                return x.persist().chain(() -> event(actor, item, LedgerEvent.Kind.EXTENSION_REQUESTED, now,
                        in.newDueOn + "：" + in.reason));
            });
        });
    }

    public Uni<LedgerItem> decideExtension(ScopedActor actor, DecideLedgerExtensionInput in) {
        return Panache.withTransaction(() -> LedgerExtension.<LedgerExtension>findById(in.extensionId))
                .chain(x -> {
                    if (x == null) {
                        throw new NotFoundException(EXTENSION_NOT_FOUND);
                    }
                    return change(actor, x.itemId, in.version, in.approve ? "LEDGER_EXTENSION_APPROVED" : "LEDGER_EXTENSION_REFUSED",
                            held -> LedgerPolicy.manage(actor, held.sight()),
                            held -> LedgerExtension.<LedgerExtension>findById(in.extensionId).chain(ext -> {
                                LedgerItem item = held.item();
                                LedgerRules.notClosed(item.state);
                                LedgerRules.pending(ext.status);
                                OffsetDateTime now = OffsetDateTime.now();
                                ext.status = in.approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
                                ext.decidedByName = actor.actor().displayName();
                                ext.decidedAt = now;
                                ext.decisionNote = in.note;
                                if (in.approve) {
                                    item.dueOn = ext.requestedDueOn;
                                }
                                return event(actor, item, in.approve ? LedgerEvent.Kind.EXTENSION_APPROVED
                                        : LedgerEvent.Kind.EXTENSION_REFUSED, now, ext.requestedDueOn
                                        + (in.note == null ? "" : "：" + in.note));
                            }));
                });
    }

    /**
     * Holds the item's row: NOT_FOUND unless the actor sees it, FORBIDDEN unless {@code may} lets it act, CONFLICT when
     * {@code version} is stale; runs the change,
     * raises the version and audits it, in one transaction.
     */
    private Uni<LedgerItem> change(ScopedActor actor, long id, int version, String action, Function<Held, Decision> may,
                                   Function<Held, Uni<Void>> work) {
        return Panache.withTransaction(() -> LedgerItem.<LedgerItem>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .chain(item -> item == null ? Uni.createFrom().<Held>nullItem() : Unit.<Unit>findById(item.unitId)
                        .map(unit -> new Held(item, LedgerPolicy.sight(actor, item.unitId, unit.path), Snapshot.of(item))))
                .chain(held -> {
                    if (held == null || held.sight() == Sight.NONE) {
                        throw new NotFoundException(NOT_FOUND);
                    }
                    may.apply(held).orThrow();
                    LedgerRules.version(held.item(), version);
                    return work.apply(held).replaceWith(held);
                })
                .chain(held -> {
                    held.item().version++;
                    return audit.record(actor.actor(), action, "EvaluationLedgerItem", held.item().id, held.before(),
                            Snapshot.of(held.item())).replaceWith(held.item());
                }));
    }

    private Uni<Void> checkRound(OpenLedgerItemInput in) {
        if (in.roundId == null) {
            return Uni.createFrom().voidItem();
        }
        return EvaluationRound.<EvaluationRound>findById(in.roundId)
                .chain(round -> round == null ? Uni.createFrom().nullItem()
                        : RoundUnit.<RoundUnit>findById(new RoundUnit.Key(in.roundId, in.unitId)))
                .invoke(inScope -> {
                    if (inScope == null) {
                        throw new ValidationException("input.roundId", "该单位不在该评估批次中 (the unit is not in that round)");
                    }
                }).replaceWithVoid();
    }

    /**
     * The round a 跟踪问效 item belongs to when 编办 names none: 跟踪问效 results count in the unit's evaluation (the
     * scheme's TRACKING_RESULT indicator), so the item joins the round evaluating the day it is opened — a round that
     * has opened and is not yet published (units see no DRAFT round; a PUBLISHED one takes nothing more), whose period
     * covers that Beijing day, with the unit in its scope; an annual round before a shorter one, then the latest period.
     * Not the next round to open: a round's period decides what it counts, so a later one would claim a day it does
     * not cover. None fits → no round (the page says 未关联考核批次). V37 backfilled earlier items by the same rule.
     */
    static Uni<Long> trackingRound(long unitId, LocalDate day) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("select r.id from EvaluationRound r, RoundUnit ru"
                        + " where ru.roundId = r.id and ru.unitId = :unit and r.stage not in :closed"
                        + " and r.periodStart <= :day and r.periodEnd >= :day"
                        + " order by case when r.periodKind = :year then 0 else 1 end, r.periodStart desc, r.id", Long.class)
                .setParameter("unit", unitId).setParameter("closed", List.of(EvaluationStage.DRAFT, EvaluationStage.PUBLISHED))
                .setParameter("day", day).setParameter("year", EvaluationPeriodKind.YEAR)
                .setMaxResults(1).getResultList()).map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    private Uni<Void> checkTracking(OpenLedgerItemInput in) {
        if (in.trackingRectificationId == null) {
            return Uni.createFrom().voidItem();
        }
        return RectificationRecord.<RectificationRecord>findById(in.trackingRectificationId).invoke(r -> {
            if (r == null || !r.unitId.equals(in.unitId)) {
                throw new ValidationException("input.trackingRectificationId",
                        "跟踪问效整改不存在或不属于该单位 (no such rectification of the unit)");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> newAction(ScopedActor actor, LedgerItem item, String description) {
        LedgerAction a = new LedgerAction();
        a.itemId = item.id;
        a.description = description;
        return a.persist().chain(() -> event(actor, item, LedgerEvent.Kind.ACTION_ADDED, OffsetDateTime.now(), description));
    }

    private static Uni<Void> event(ScopedActor actor, LedgerItem item, LedgerEvent.Kind kind, OffsetDateTime at, String note) {
        return LedgerEvent.of(item.id, kind, at, actor.actor().subject(), actor.actor().displayName(), note).persist()
                .replaceWithVoid();
    }

    private static Uni<Void> replaceFiles(long itemId, List<Long> fileIds) {
        return Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM evaluation_ledger_file WHERE item_id = :i")
                .setParameter("i", itemId).executeUpdate().chain(() -> {
                    Uni<Integer> inserts = Uni.createFrom().item(0);
                    for (Long fileId : fileIds) {
                        inserts = inserts.chain(() -> s.createNativeQuery(
                                        "INSERT INTO evaluation_ledger_file (item_id, file_id) VALUES (:i, :f)")
                                .setParameter("i", itemId).setParameter("f", fileId).executeUpdate());
                    }
                    return inserts;
                })).replaceWithVoid();
    }
}

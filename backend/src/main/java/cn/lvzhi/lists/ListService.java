package cn.lvzhi.lists;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.Idempotency;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.notifications.NotificationService.Message;
import cn.lvzhi.notifications.NotificationService;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitReads;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Changes to the lists (动态调整): proposals by the owner unit or the establishment office, decisions by the
 * establishment office; an approval publishes exactly one new version.
 */
@ApplicationScoped
public class ListService {
    static final String ITEM_NOT_FOUND = "清单事项不存在 (list item not found)";
    static final String CHANGE_NOT_FOUND = "调整申请不存在 (change not found)";
    static final String NAME_REQUIRED = "事项名称不能为空 (input.name is required)";
    static final String REASON_REQUIRED = "驳回须填写驳回理由 (input.reason is required when rejecting)";

    private final AuditLog audit;
    private final UnitReads units;
    private final NotificationService notifications;

    public ListService(AuditLog audit, UnitReads units, NotificationService notifications) {
        this.audit = audit;
        this.units = units;
        this.notifications = notifications;
    }

    /** What the audit trail keeps of a proposal. */
    record ChangeSnapshot(Long itemId, ChangeType type, ChangeStatus status, int baseVersion, String name,
                          ItemDetails details, String reason, String decisionReason, Integer resultingVersion) {
        static ChangeSnapshot of(ListChange c) {
            return new ChangeSnapshot(c.itemId, c.changeType, c.status, c.baseVersion, c.proposedName, c.proposedDetails,
                    c.reason, c.decisionReason, c.resultingVersion);
        }
    }

    /** How a proposal was submitted: the caller's idempotency key, the request's fingerprint, the client's clock. */
    private record Submission(String clientKey, String fingerprint, OffsetDateTime clientTime) {
        /** A proposal the service drafts itself (from a dispute's decision): no client, no key. */
        static final Submission NONE = new Submission(null, null, null);
    }

    @WithTransaction
    public Uni<ListChange> propose(ScopedActor actor, ProposeListChangeInput input) {
        String reason = input.reason;
        String legalBasis = Texts.optional(input.legalBasis);
        String clientKey = Texts.optional(input.clientKey);
        OffsetDateTime clientTime = DateRanges.clientTime("input.clientTime", input.clientTime);
        String fingerprint = Idempotency.fingerprint(input.changeType, input.kind, input.itemId, input.baseVersion,
                input.code, input.unitId, input.name, input.details, reason, legalBasis, clientKey);
        Submission submission = new Submission(clientKey, fingerprint, clientTime);
        Uni<ListChange> earlier = clientKey == null ? Uni.createFrom().nullItem()
                : ListChange.<ListChange>find("proposerUnitId = ?1 and clientKey = ?2", actor.unitId(), clientKey).firstResult();
        return earlier.chain(first -> first != null
                ? Uni.createFrom().item(() -> Idempotency.replay(first, first.payloadHash, fingerprint, "input.clientKey"))
                : switch (input.changeType) {
                    case ADD -> proposeAddition(actor, input, reason, legalBasis, submission);
                    case CHANGE, RETIRE -> proposeChange(actor, input, reason, legalBasis, submission);
                });
    }

    private Uni<ListChange> proposeAddition(ScopedActor actor, ProposeListChangeInput input,
                                            String reason, String legalBasis, Submission submission) {
        if (input.kind == null) {
            throw new ValidationException("input.kind", "新增事项须指明清单类型 (kind required)");
        }
        if (input.unitId == null) {
            throw new ValidationException("input.unitId", "新增事项须指明责任单位 (unitId required)");
        }
        if (input.code == null) {
            throw new ValidationException("input.code", ListItem.CODE_RULE);
        }
        String code = input.code;
        String name = name(input.name, null);
        ItemDetails details = ItemDetails.forKind(input.kind, input.details);
        return units.byIds(List.of(input.unitId)).chain(found -> {
            Unit owner = found.get(input.unitId);
            if (owner == null) {
                throw new ValidationException("input.unitId", "责任单位不存在 (unit not found)");
            }
            ListPolicy.propose(actor, input.kind, owner.path, owner.kind).orThrow();
            return ListItem.count("kind = ?1 and code = ?2", input.kind, code);
        }).chain(existing -> {
            if (existing > 0) {
                throw new ConflictException("事项编码 " + code + " 已存在 (code already exists in this list)");
            }
            ListItem item = new ListItem();
            item.kind = input.kind;
            item.code = code;
            item.unitId = input.unitId;
            item.status = ItemStatus.DRAFT;
            item.publishedVersion = 0;
            item.setContent(name, details);
            return item.<ListItem>persistAndFlush();
        }).chain(item -> record(actor, item, ChangeType.ADD, name, details, reason, legalBasis, submission));
    }

    /** A boundary item a dispute decided (职责争议裁定): who leads, who co-operates, and why. */
    public record DisputedBoundary(String disputeCode, String name, long leadUnitId, String leadResponsibility,
                                   List<CooperatingUnit> cooperating, ItemDetails.BoundaryScope scope, String reason) {
        /** A co-operating unit (by code) and its part of the work. */
        public record CooperatingUnit(String unitCode, String responsibility) {
        }
    }

    /**
     * Drafts the boundary item a dispute's decision implies, as a pending ADD proposal for the establishment office
     * to approve, so the same dispute routes itself next time. The disputes feature has checked who decides; this
     * runs in its transaction. The item's code is derived from the dispute's, so a decision drafts it only once.
     */
    public Uni<ListChange> proposeDisputedBoundary(ScopedActor actor, DisputedBoundary b) {
        String code = "BJ-" + b.disputeCode();
        String name = b.name();
        ItemDetails details = ItemDetails.forKind(ListKind.BOUNDARY, new ItemDetails(null, null,
                new ItemDetails.Boundary(b.scope(), b.leadResponsibility(),
                        b.cooperating().stream().map(p -> new ItemDetails.Party(p.unitCode(), p.responsibility())).toList(), List.of(), List.of(), null, 0,
                        b.disputeCode()), null, null, null));
        return ListItem.count("kind = ?1 and code = ?2", ListKind.BOUNDARY, code).chain(existing -> {
            if (existing > 0) {
                throw new ConflictException("事项编码 " + code + " 已存在 (code already exists in this list)");
            }
            ListItem item = new ListItem();
            item.kind = ListKind.BOUNDARY;
            item.code = code;
            item.unitId = b.leadUnitId();
            item.status = ItemStatus.DRAFT;
            item.publishedVersion = 0;
            item.setContent(name, details);
            return item.<ListItem>persistAndFlush();
        }).chain(item -> record(actor, item, ChangeType.ADD, name, details, b.reason(), null, Submission.NONE));
    }

    /**
     * A change of the duty-task list (职责任务清单) another feature drafts for 编办 (an accepted “1+3” 调整建议): ADD
     * gives the office, the new item's code and name, and the item whose content (process, norm) it copies, if any;
     * RETIRE gives the item, proposed against its current published version. The same rules as any proposal.
     */
    public record DutyTaskProposal(ChangeType type, Long itemId, Long officeId, String code, String name, Long copyOf, String reason) {
    }

    public Uni<ListChange> proposeDutyTask(ScopedActor actor, DutyTaskProposal p) {
        Long basis = p.type() == ChangeType.ADD ? p.copyOf() : p.itemId();
        Uni<ListItem> item = basis == null ? Uni.createFrom().nullItem() : ListItem.findById(basis);
        return item.chain(found -> {
            if (basis != null && found == null) {
                throw new ValidationException("input.itemId", "职责任务不存在 (the duty task no longer exists)");
            }
            ProposeListChangeInput in = new ProposeListChangeInput();
            in.changeType = p.type();
            in.reason = p.reason();
            if (p.type() == ChangeType.ADD) {
                in.kind = ListKind.DUTY_TASK;
                in.code = p.code();
                in.unitId = p.officeId();
                in.name = p.name();
                ItemDetails.DutyTask task = found == null || found.details == null || found.details.dutyTask() == null
                        ? new ItemDetails.DutyTask(null, List.of(), null) : found.details.dutyTask();
                in.details = new ItemDetails(null, task, null, null, null, null);
            } else {
                in.itemId = p.itemId();
                in.baseVersion = found.publishedVersion;
            }
            return propose(actor, in);
        });
    }

    private Uni<ListChange> proposeChange(ScopedActor actor, ProposeListChangeInput input,
                                          String reason, String legalBasis, Submission submission) {
        if (input.itemId == null) {
            throw new ValidationException("input.itemId", "须指明要调整的事项 (itemId required)");
        }
        if (input.baseVersion == null) {
            throw new ValidationException("input.baseVersion", "须指明所依据的版本 (baseVersion required)");
        }
        return visibleItem(actor, input.itemId).chain(found -> {
            ListItem item = found.item();
            ListPolicy.propose(actor, item.kind, found.ownerPath(), found.ownerKind()).orThrow();
            if (item.status != ItemStatus.PUBLISHED) {
                throw new ConflictException("事项当前状态为 " + item.status + "，不能调整 (item is " + item.status + ")");
            }
            if (item.publishedVersion != input.baseVersion) {
                throw new ConflictException("事项已更新至第 " + item.publishedVersion + " 版，请基于最新版本提出 (stale: current version is "
                        + item.publishedVersion + ")");
            }
            boolean retire = input.changeType == ChangeType.RETIRE;
            String name = retire ? null : name(input.name, item.name);
            ItemDetails details = retire ? null : ItemDetails.forKind(item.kind, input.details == null ? item.details : input.details);
            return ListChange.count("itemId = ?1 and status = ?2", item.id, ChangeStatus.PENDING).chain(pending -> {
                if (pending > 0) {
                    throw new ConflictException("该事项已有待审核的调整申请 (a proposal for this item is already pending)");
                }
                return record(actor, item, input.changeType, name, details, reason, legalBasis, submission);
            });
        });
    }

    /** The item's name: required when adding; when changing, an absent name keeps the current one but none may be emptied. */
    private static String name(String given, String current) {
        String name = given == null ? current : given;
        if (name == null || name.isEmpty()) {
            throw new ValidationException("input.name", NAME_REQUIRED);
        }
        return name;
    }

    private Uni<ListChange> record(ScopedActor actor, ListItem item, ChangeType type, String name, ItemDetails details,
                                   String reason, String legalBasis, Submission submission) {
        ListChange change = new ListChange();
        change.itemId = item.id;
        change.changeType = type;
        change.baseVersion = item.publishedVersion;
        change.proposedName = name;
        change.proposedDetails = details;
        change.reason = reason;
        change.legalBasis = legalBasis;
        change.proposerUnitId = actor.unitId();
        change.proposerSubject = actor.actor().subject();
        change.proposerName = actor.actor().displayName();
        change.proposedAt = OffsetDateTime.now();
        change.status = ChangeStatus.PENDING;
        change.clientKey = submission.clientKey();
        change.payloadHash = submission.fingerprint();
        change.clientTime = submission.clientTime();
        return change.<ListChange>persistAndFlush()
                .call(c -> audit.record(actor.actor(), "LIST_CHANGE_PROPOSED", "ListChange", c.id, null, ChangeSnapshot.of(c)));
    }

    @WithTransaction
    public Uni<ListChange> decide(ScopedActor actor, DecideListChangeInput input) {
        String reason = Texts.optional(input.reason);
        if (!input.approve && reason == null) {
            throw new ValidationException("input.reason", REASON_REQUIRED);
        }
        return visibleChange(actor, input.changeId).chain(found -> {
            ListChange change = found.change();
            ListPolicy.decide(actor, found.ownerPath()).orThrow();
            if (change.status != ChangeStatus.PENDING) {
                throw new ConflictException("申请当前状态为 " + change.status + "，不能再审核 (the change is " + change.status + ")");
            }
            ChangeSnapshot before = ChangeSnapshot.of(change);
            change.decidedByName = actor.actor().displayName();
            change.decisionReason = reason;
            change.decidedAt = OffsetDateTime.now();
            if (!input.approve) {
                change.status = ChangeStatus.REJECTED;
                return change.<ListChange>persistAndFlush()
                        .call(c -> audit.record(actor.actor(), "LIST_CHANGE_REJECTED", "ListChange", c.id, before, ChangeSnapshot.of(c)))
                        .call(c -> tellProposer(actor, c, found.itemName()));
            }
            return ListItem.<ListItem>findById(change.itemId).chain(item -> publish(actor, item, change))
                    .call(c -> audit.record(actor.actor(), "LIST_CHANGE_APPROVED", "ListChange", c.id, before, ChangeSnapshot.of(c)))
                    .call(c -> tellProposer(actor, c, found.itemName()));
        });
    }

    /**
     * Tells the proposing unit of the decision (站内通知), unless it decided its own proposal. An approval links to the
     * item; a rejection to the proposals, since a rejected addition stays a draft the proposer may not open.
     */
    private Uni<Void> tellProposer(ScopedActor actor, ListChange change, String itemName) {
        if (change.proposerUnitId == actor.unitId()) {
            return Uni.createFrom().voidItem();
        }
        boolean approved = change.status == ChangeStatus.APPROVED;
        String title = "您提出的清单调整申请“" + itemName + "”" + (approved
                ? "已通过，已发布第 " + change.resultingVersion + " 版"
                : "未通过：" + change.decisionReason);
        return notifications.send(new Message(change.proposerUnitId, approved ? "LIST_CHANGE_APPROVED" : "LIST_CHANGE_REJECTED",
                title, "ListChange", change.id, approved ? "/lists/items/" + change.itemId : "/lists/changes"));
    }

    /** Applies an approved change to the item and writes its next version. */
    private Uni<ListChange> publish(ScopedActor actor, ListItem item, ListChange change) {
        if (item.publishedVersion != change.baseVersion) {
            throw new ConflictException("事项已更新至第 " + item.publishedVersion + " 版，该申请基于第 " + change.baseVersion
                    + " 版，请驳回后重新提出 (stale proposal)");
        }
        int next = item.publishedVersion + 1;
        if (change.changeType == ChangeType.RETIRE) {
            item.status = ItemStatus.RETIRED;
            item.updatedAt = OffsetDateTime.now();
        } else {
            item.status = ItemStatus.PUBLISHED;
            item.setContent(change.proposedName, change.proposedDetails);
        }
        item.publishedVersion = next;
        ListItemVersion version = new ListItemVersion();
        version.itemId = item.id;
        version.versionNo = next;
        version.name = item.name;
        version.unitId = item.unitId;
        version.status = item.status;
        version.details = item.details;
        version.changeId = change.id;
        version.publishedAt = OffsetDateTime.now();
        version.publishedBy = actor.actor().displayName();
        change.status = ChangeStatus.APPROVED;
        change.resultingVersion = next;
        return item.persist().chain(version::persist).chain(change::<ListChange>persistAndFlush);
    }

    @WithTransaction
    public Uni<ListChange> withdraw(ScopedActor actor, long changeId) {
        return visibleChange(actor, changeId).chain(found -> {
            ListChange change = found.change();
            ListPolicy.withdraw(actor, change).orThrow();
            if (change.status != ChangeStatus.PENDING) {
                throw new ConflictException("申请当前状态为 " + change.status + "，不能撤回 (the change is " + change.status + ")");
            }
            ChangeSnapshot before = ChangeSnapshot.of(change);
            change.status = ChangeStatus.WITHDRAWN;
            return change.<ListChange>persistAndFlush()
                    .call(c -> audit.record(actor.actor(), "LIST_CHANGE_WITHDRAWN", "ListChange", c.id, before, ChangeSnapshot.of(c)));
        });
    }

    record FoundItem(ListItem item, String ownerPath, UnitKind ownerKind) {
    }

    record FoundChange(ListChange change, String ownerPath, String itemName) {
    }

    /** The item, if the actor may see it; NOT_FOUND exactly like a missing one otherwise. */
    private Uni<FoundItem> visibleItem(ScopedActor actor, long itemId) {
        return ListItem.<ListItem>findById(itemId).chain(item -> {
            if (item == null) {
                throw new NotFoundException(ITEM_NOT_FOUND);
            }
            return units.byIds(List.of(item.unitId)).map(owners -> {
                Unit owner = owners.get(item.unitId);
                if (item.status == ItemStatus.DRAFT && !ListPolicy.seesDraft(actor, owner.path)) {
                    throw new NotFoundException(ITEM_NOT_FOUND);
                }
                return new FoundItem(item, owner.path, owner.kind);
            });
        });
    }

    /** The proposal, if the actor may see proposals about its item. */
    private Uni<FoundChange> visibleChange(ScopedActor actor, long changeId) {
        return ListChange.<ListChange>findById(changeId).chain(change -> {
            if (change == null) {
                throw new NotFoundException(CHANGE_NOT_FOUND);
            }
            return ListItem.<ListItem>findById(change.itemId).chain(item -> units.pathsOf(List.of(item.unitId)).map(paths -> {
                String ownerPath = paths.get(item.unitId);
                boolean proposer = change.proposerUnitId == actor.unitId();
                if (!proposer && !ListPolicy.seesDraft(actor, ownerPath)) {
                    throw new NotFoundException(CHANGE_NOT_FOUND);
                }
                return new FoundChange(change, ownerPath, item.name);
            }));
        });
    }
}

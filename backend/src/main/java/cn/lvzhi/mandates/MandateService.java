package cn.lvzhi.mandates;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Maintains mandates (“三定”规定): duties and staffing, by the establishment office of the unit's region. Every change
 * is audited; a staffing change also appends one entry to the staffing history, which is never rewritten.
 */
@ApplicationScoped
public class MandateService {
    static final String DUTY_NOT_FOUND = "职责条目不存在 (duty not found)";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final MandateReads reads;
    private final UnitReads units;
    private final AuditLog audit;

    public MandateService(MandateReads reads, UnitReads units, AuditLog audit) {
        this.reads = reads;
        this.units = units;
        this.audit = audit;
    }

    /** What the audit trail keeps of a duty. */
    record DutySnapshot(long unitId, int ordinal, String text, DutyRole role, DutyChangeStatus changeStatus,
                        Long relatedUnitId, int version) {
        static DutySnapshot of(Duty d) {
            return new DutySnapshot(d.unitId, d.ordinal, d.text, d.role, d.changeStatus, d.relatedUnitId, d.version);
        }
    }

    /** What the audit trail keeps of a staffing change, beside the figures before. */
    record StaffingChangeSnapshot(StaffingFigures after, String documentNo, String reason, LocalDate effectiveDate) {
    }

    /** The mandate's unit, once the actor may see it and may edit it. */
    private Uni<Unit> editableUnit(ScopedActor actor, long unitId) {
        return reads.mandateUnit(actor, unitId).invoke(unit -> MandatePolicy.edit(actor, unit.path).orThrow());
    }

    /** The duty, once the actor may see and edit its mandate, at the version the change is based on. */
    private Uni<Duty> editableDuty(ScopedActor actor, long id, Integer version) {
        if (!MandatePolicy.reads(actor)) {
            return Uni.createFrom().failure(new NotFoundException(DUTY_NOT_FOUND));
        }
        return Duty.<Duty>findById(id).chain(duty -> {
            if (duty == null) {
                throw new NotFoundException(DUTY_NOT_FOUND);
            }
            return editableUnit(actor, duty.unitId).map(unit -> {
                if (version == null) {
                    throw new ValidationException("input.version", "修改职责条目须给出所依据的版本 (version required)");
                }
                if (duty.version != version) {
                    throw stale("职责条目", duty.version);
                }
                return duty;
            });
        });
    }

    private static ConflictException stale(String what, int current) {
        return new ConflictException(what + "已被他人修改（当前版本 " + current + "），请刷新后重试 (stale version; current is "
                + current + ")");
    }

    @WithTransaction
    public Uni<Duty> saveDuty(ScopedActor actor, SaveDutyInput input) {
        int ordinal = input.ordinal;
        String text = input.text;
        if (input.id == null) {
            if (input.unitId == null) {
                throw new ValidationException("input.unitId", "新增职责条目须指明单位 (unitId required)");
            }
            transfer(input.changeStatus, input.relatedUnitId, input.unitId);
            return editableUnit(actor, input.unitId).call(unit -> relatedUnitExists(input.relatedUnitId)).chain(unit -> {
                Duty duty = new Duty();
                duty.unitId = unit.id;
                fill(duty, ordinal, text, input);
                return duty.<Duty>persistAndFlush();
            }).call(d -> audit.record(actor.actor(), "DUTY_ADDED", "Duty", d.id, null, DutySnapshot.of(d)));
        }
        return editableDuty(actor, input.id, input.version).call(duty -> {
            transfer(input.changeStatus, input.relatedUnitId, duty.unitId);
            return relatedUnitExists(input.relatedUnitId);
        }).chain(duty -> {
            DutySnapshot before = DutySnapshot.of(duty);
            fill(duty, ordinal, text, input);
            return duty.<Duty>persistAndFlush()
                    .call(d -> audit.record(actor.actor(), "DUTY_UPDATED", "Duty", d.id, before, DutySnapshot.of(d)));
        });
    }

    /** A transfer names the other unit; any other change status names none. */
    private static void transfer(DutyChangeStatus status, Long relatedUnitId, long unitId) {
        if (status.transfer() && relatedUnitId == null) {
            throw new ValidationException("input.relatedUnitId", "划入、划出职责须指明来源或去向单位 (a transfer names the other unit)");
        }
        if (!status.transfer() && relatedUnitId != null) {
            throw new ValidationException("input.relatedUnitId", "只有划入、划出职责指明来源或去向单位 (only transfers name another unit)");
        }
        if (relatedUnitId != null && relatedUnitId == unitId) {
            throw new ValidationException("input.relatedUnitId", "来源或去向单位不能是本单位 (a duty is not transferred to itself)");
        }
    }

    private static void fill(Duty duty, int ordinal, String text, SaveDutyInput input) {
        duty.ordinal = ordinal;
        duty.text = text;
        duty.role = input.role;
        duty.changeStatus = input.changeStatus;
        duty.relatedUnitId = input.relatedUnitId;
        duty.updatedAt = OffsetDateTime.now();
    }

    private Uni<Void> relatedUnitExists(Long relatedUnitId) {
        if (relatedUnitId == null) {
            return Uni.createFrom().voidItem();
        }
        return units.pathsOf(List.of(relatedUnitId)).map(paths -> {
            if (!paths.containsKey(relatedUnitId)) {
                throw new ValidationException("input.relatedUnitId", "来源或去向单位不存在 (unit not found)");
            }
            return null;
        });
    }

    @WithTransaction
    public Uni<Long> removeDuty(ScopedActor actor, RemoveDutyInput input) {
        return editableDuty(actor, input.id, input.version).chain(duty -> {
            DutySnapshot before = DutySnapshot.of(duty);
            return duty.delete().call(() -> audit.record(actor.actor(), "DUTY_REMOVED", "Duty", duty.id, before, null))
                    .replaceWith(duty.id);
        });
    }

    /** The figures of the input; leader posts (领导职数) may not exceed the administrative and institutional posts together. */
    private static StaffingFigures figures(ChangeStaffingInput in) {
        StaffingFigures f = new StaffingFigures(in.administrativePosts, in.institutionalPosts, in.serviceWorkerPosts,
                in.leaderPosts, in.actualHeadcount);
        if (f.leaderPosts() > f.administrativePosts() + f.institutionalPosts()) {
            throw new ValidationException("input.leaderPosts", "领导职数不能超过行政编制与事业编制之和 (leader posts exceed the approved posts)");
        }
        return f;
    }

    @WithTransaction
    public Uni<StaffingPayload> changeStaffing(ScopedActor actor, ChangeStaffingInput input) {
        StaffingFigures after = figures(input);
        String documentNo = input.documentNo;
        String reason = input.reason;
        return editableUnit(actor, input.unitId).chain(unit -> Staffing.<Staffing>findById(unit.id)).chain(current -> {
            StaffingFigures before = current == null ? null : current.figures();
            Staffing staffing = current;
            if (staffing == null) {
                staffing = new Staffing();
                staffing.unitId = input.unitId;
            } else if (input.version == null || staffing.version != input.version) {
                throw stale("编制", staffing.version);
            }
            staffing.apply(after);
            StaffingChange change = new StaffingChange();
            change.unitId = input.unitId;
            change.effectiveDate = input.effectiveDate == null ? LocalDate.now(BUSINESS_ZONE)
                    : DateRanges.within("input.effectiveDate", input.effectiveDate, DateRanges.FOUNDING,
                    DateRanges.today().plusYears(1), "生效日期");
            change.before = before;
            change.after = after;
            change.documentNo = documentNo;
            change.reason = reason;
            change.changedByName = actor.actor().displayName();
            change.changedAt = OffsetDateTime.now();
            Staffing saved = staffing;
            return saved.<Staffing>persist().chain(s -> change.<StaffingChange>persistAndFlush())
                    .call(c -> audit.record(actor.actor(), "STAFFING_CHANGED", "Staffing", input.unitId, before,
                            new StaffingChangeSnapshot(c.after, c.documentNo, c.reason, c.effectiveDate)))
                    .map(c -> new StaffingPayload(saved, c));
        });
    }
}

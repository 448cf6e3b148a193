package cn.lvzhi.tracking;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.tracking.inputs.ApplyForEstablishmentInput;
import cn.lvzhi.tracking.inputs.CreateEstablishmentMatterInput;
import cn.lvzhi.tracking.inputs.UpdateEstablishmentMatterInput;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The establishment matters (机构编制事项) that follow-up reviews, and the units' applications for new ones
 * (机构编制事项申请), which an overdue rectification suspends. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class MatterService {
    private final TrackingReads reads;
    private final TrackingTargets targets;
    private final AuditLog audit;


    public MatterService(TrackingReads reads, TrackingTargets targets, AuditLog audit) {
        this.reads = reads;
        this.targets = targets;
        this.audit = audit;
    }

    /** What the audit trail keeps of a matter. */
    record MatterSnapshot(long unitId, MatterKind kind, String documentNo, LocalDate approvedOn, String content, int version) {
        static MatterSnapshot of(EstablishmentMatter m) {
            return new MatterSnapshot(m.unitId, m.kind, m.documentNo, m.approvedOn, m.content, m.version);
        }
    }

    /**
     * An approval date (批复日期) lies between the founding of the PRC and today: a decision not yet taken is not a
     * matter to follow up.
     */
    static LocalDate approvedOn(LocalDate approvedOn) {
        return DateRanges.within("input.approvedOn", approvedOn, DateRanges.FOUNDING, DateRanges.today(), "批复日期");
    }

    @WithTransaction
    public Uni<EstablishmentMatter> createMatter(ScopedActor actor, CreateEstablishmentMatterInput in) {
        LocalDate approvedOn = approvedOn(in.approvedOn);
        return targets.pathOf(in.unitId, "input.unitId").chain(path -> {
            TrackingPolicy.manage(actor, path).orThrow();
            EstablishmentMatter m = new EstablishmentMatter();
            m.unitId = in.unitId;
            m.kind = in.kind;
            m.documentNo = in.documentNo;
            m.approvedOn = approvedOn;
            m.content = in.content;
            m.updatedAt = OffsetDateTime.now();
            return m.<EstablishmentMatter>persistAndFlush();
        }).call(m -> audit.record(actor.actor(), "MATTER_CREATED", "EstablishmentMatter", m.id, null, MatterSnapshot.of(m)));
    }

    @WithTransaction
    public Uni<EstablishmentMatter> updateMatter(ScopedActor actor, UpdateEstablishmentMatterInput in) {
        LocalDate approvedOn = approvedOn(in.approvedOn);
        return reads.matter(actor, in.id).chain(visible -> targets.pathOf(visible.unitId, "input.id")
                .chain(path -> {
                    TrackingPolicy.manage(actor, path).orThrow();
                    return EstablishmentMatter.<EstablishmentMatter>findById(in.id);
                })).chain(m -> {
                    if (m.version != in.version) {
                        throw TrackingTargets.stale("机构编制事项", m.version);
                    }
                    MatterSnapshot before = MatterSnapshot.of(m);
                    m.kind = in.kind;
                    m.documentNo = in.documentNo;
                    m.approvedOn = approvedOn;
                    m.content = in.content;
                    m.updatedAt = OffsetDateTime.now();
                    return m.<EstablishmentMatter>persistAndFlush()
                            .call(saved -> audit.record(actor.actor(), "MATTER_UPDATED", "EstablishmentMatter", saved.id, before,
                                    MatterSnapshot.of(saved)));
                });
    }

    @WithTransaction
    public Uni<EstablishmentApplication> apply(ScopedActor actor, ApplyForEstablishmentInput in) {
        return targets.pathOf(in.unitId, "input.unitId").invoke(path ->
                        TrackingPolicy.apply(actor, path).orThrow())
                .chain(() -> reads.rectificationsOfUnit(in.unitId))
                .chain(open -> {
                    ConsequencePolicy.application(open, TrackingReads.today()).orThrow();
                    EstablishmentApplication a = new EstablishmentApplication();
                    a.unitId = in.unitId;
                    a.kind = in.kind;
                    a.title = in.title;
                    a.reason = in.reason;
                    a.submittedBy = actor.actor().displayName();
                    a.submittedAt = OffsetDateTime.now();
                    return a.<EstablishmentApplication>persistAndFlush();
                })
                .call(a -> audit.record(actor.actor(), "ESTABLISHMENT_APPLIED", "EstablishmentApplication", a.id, null,
                        Map.of("unitId", a.unitId, "kind", a.kind, "title", a.title)));
    }
}

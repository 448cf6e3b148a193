package cn.lvzhi.tracking;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.Texts;
import cn.lvzhi.org.UnitScopes;
import cn.lvzhi.security.Actor;
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
    private final UnitScopes scopes;
    private final AuditLog audit;


    public MatterService(TrackingReads reads, TrackingTargets targets, UnitScopes scopes, AuditLog audit) {
        this.reads = reads;
        this.targets = targets;
        this.scopes = scopes;
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
    public Uni<EstablishmentMatter> createMatter(Actor actor, Inputs.CreateMatter in) {
        String documentNo = Texts.name("input.documentNo", in.documentNo, true, 100, "文号");
        String content = Texts.text("input.content", in.content, true, 4000, "事项内容");
        LocalDate approvedOn = approvedOn(in.approvedOn);
        return scopes.of(actor).chain(scope -> targets.pathOf(in.unitId, "input.unitId").chain(path -> {
            TrackingPolicy.manage(actor, scope, path).orThrow();
            EstablishmentMatter m = new EstablishmentMatter();
            m.unitId = in.unitId;
            m.kind = in.kind;
            m.documentNo = documentNo;
            m.approvedOn = approvedOn;
            m.content = content;
            m.updatedAt = OffsetDateTime.now();
            return m.<EstablishmentMatter>persistAndFlush();
        })).call(m -> audit.record(actor, "MATTER_CREATED", "EstablishmentMatter", m.id, null, MatterSnapshot.of(m)));
    }

    @WithTransaction
    public Uni<EstablishmentMatter> updateMatter(Actor actor, Inputs.UpdateMatter in) {
        String documentNo = Texts.name("input.documentNo", in.documentNo, true, 100, "文号");
        String content = Texts.text("input.content", in.content, true, 4000, "事项内容");
        LocalDate approvedOn = approvedOn(in.approvedOn);
        return scopes.of(actor).chain(scope -> reads.matter(actor, scope, in.id).chain(visible -> targets.pathOf(visible.unitId, "input.id")
                .chain(path -> {
                    TrackingPolicy.manage(actor, scope, path).orThrow();
                    return EstablishmentMatter.<EstablishmentMatter>findById(in.id);
                }))).chain(m -> {
                    if (m.version != in.version) {
                        throw TrackingTargets.stale("机构编制事项", m.version);
                    }
                    MatterSnapshot before = MatterSnapshot.of(m);
                    m.kind = in.kind;
                    m.documentNo = documentNo;
                    m.approvedOn = approvedOn;
                    m.content = content;
                    m.updatedAt = OffsetDateTime.now();
                    return m.<EstablishmentMatter>persistAndFlush()
                            .call(saved -> audit.record(actor, "MATTER_UPDATED", "EstablishmentMatter", saved.id, before,
                                    MatterSnapshot.of(saved)));
                });
    }

    @WithTransaction
    public Uni<EstablishmentApplication> apply(Actor actor, Inputs.Apply in) {
        String title = Texts.name("input.title", in.title, true, 200, "申请事项");
        String reason = Texts.text("input.reason", in.reason, true, 4000, "申请理由");
        return scopes.of(actor).chain(scope -> targets.pathOf(in.unitId, "input.unitId").invoke(path ->
                        TrackingPolicy.apply(actor, scope, path).orThrow()))
                .chain(() -> reads.rectificationsOfUnit(in.unitId))
                .chain(open -> {
                    ConsequencePolicy.application(open, TrackingReads.today()).orThrow();
                    EstablishmentApplication a = new EstablishmentApplication();
                    a.unitId = in.unitId;
                    a.kind = in.kind;
                    a.title = title;
                    a.reason = reason;
                    a.submittedBy = actor.displayName();
                    a.submittedAt = OffsetDateTime.now();
                    return a.<EstablishmentApplication>persistAndFlush();
                })
                .call(a -> audit.record(actor, "ESTABLISHMENT_APPLIED", "EstablishmentApplication", a.id, null,
                        Map.of("unitId", a.unitId, "kind", a.kind, "title", a.title)));
    }
}

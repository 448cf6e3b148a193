package cn.lvzhi.evaluation.goals;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.goals.inputs.DraftDutyGoalInput;
import cn.lvzhi.evaluation.goals.inputs.GoalContentInput;
import cn.lvzhi.evaluation.goals.inputs.GoalVersionInput;
import cn.lvzhi.evaluation.goals.inputs.MilestoneInput;
import cn.lvzhi.evaluation.goals.inputs.PublishDutyGoalsInput;
import cn.lvzhi.evaluation.goals.inputs.RecordGoalVerificationInput;
import cn.lvzhi.evaluation.goals.inputs.ReportGoalProgressInput;
import cn.lvzhi.evaluation.goals.inputs.ReviewDutyGoalInput;
import cn.lvzhi.evaluation.goals.inputs.SubmitYearGoalsInput;
import cn.lvzhi.evaluation.goals.inputs.UpdateDutyGoalInput;
import cn.lvzhi.evaluation.goals.Payloads.PublishedPayload;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The workflow of duty goals (年度履职目标): a unit drafts, edits, deletes and submits its goals; 编办 accepts or returns
 * them and publishes the year's accepted goals of its region. Every change is audited in its transaction.
 */
@ApplicationScoped
public class GoalService {
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final GoalReads reads;
    private final GoalReferences references;
    private final EvaluationFiles files;
    private final AuditLog audit;

    public GoalService(GoalReads reads, GoalReferences references, EvaluationFiles files, AuditLog audit) {
        this.reads = reads;
        this.references = references;
        this.files = files;
        this.audit = audit;
    }

    /** What the audit trail keeps of a goal. */
    record Snapshot(long unitId, int year, String title, Long dutyId, Long powerItemId, Long officeId, TargetKind targetKind,
                    String target, GoalStatus status, String reviewComment, int version) {
        static Snapshot of(DutyGoal g) {
            String target = g.targetKind == TargetKind.QUANTITY ? g.targetQuantity.toPlainString() + " " + g.targetUnit : g.targetText;
            return new Snapshot(g.unitId, g.year, g.title, g.dutyId, g.powerItemId, g.officeId, g.targetKind, target, g.status,
                    g.reviewComment, g.version);
        }
    }

    @WithTransaction
    public Uni<DutyGoal> draft(ScopedActor actor, DraftDutyGoalInput in) {
        GoalPolicy.draft(actor, in.unitId).orThrow();
        GoalRules.content(in.year, in.content);
        return references.check(in.unitId, in.content)
                .chain(() -> references.nextOrdinal(in.unitId, in.year))
                .chain(ordinal -> {
                    DutyGoal g = new DutyGoal();
                    g.unitId = in.unitId;
                    g.year = in.year;
                    g.ordinal = ordinal;
                    g.status = GoalStatus.DRAFT;
                    setContent(g, in.content);
                    return g.<DutyGoal>persistAndFlush();
                })
                .call(g -> saveMilestones(g.id, in.content.milestones))
                .call(g -> audit.record(actor.actor(), "DUTY_GOAL_DRAFTED", "DutyGoal", g.id, null,
                        Map.of("goal", Snapshot.of(g), "milestones", in.content.milestones)));
    }

    @WithTransaction
    public Uni<DutyGoal> update(ScopedActor actor, UpdateDutyGoalInput in) {
        return ownForChange(actor, in.id, in.version).chain(g -> {
            GoalRules.content(g.year, in.content);
            Snapshot before = Snapshot.of(g);
            return references.check(g.unitId, in.content).chain(() -> {
                setContent(g, in.content);
                return g.<DutyGoal>persistAndFlush();
            }).call(saved -> GoalMilestone.delete("goalId", saved.id).chain(() -> saveMilestones(saved.id, in.content.milestones)))
                    .call(saved -> audit.record(actor.actor(), "DUTY_GOAL_UPDATED", "DutyGoal", saved.id, before,
                            Map.of("goal", Snapshot.of(saved), "milestones", in.content.milestones)));
        });
    }

    @WithTransaction
    public Uni<Long> delete(ScopedActor actor, GoalVersionInput in) {
        return ownForChange(actor, in.id, in.version).chain(g -> GoalMilestone.delete("goalId", g.id)
                .chain(() -> g.delete())
                .call(() -> audit.record(actor.actor(), "DUTY_GOAL_DELETED", "DutyGoal", g.id, Snapshot.of(g), null))
                .replaceWith(g.id));
    }

    @WithTransaction
    public Uni<DutyGoal> submit(ScopedActor actor, GoalVersionInput in) {
        return ownForChange(actor, in.id, in.version).chain(g -> submitted(actor, g));
    }

    /** Submits every draft and returned goal of the unit's year; CONFLICT when there is none. */
    @WithTransaction
    public Uni<List<DutyGoal>> submitYear(ScopedActor actor, SubmitYearGoalsInput in) {
        GoalPolicy.draft(actor, in.unitId).orThrow();
        return DutyGoal.<DutyGoal>list("unitId = ?1 and year = ?2 and status in ?3 order by ordinal", in.unitId, in.year,
                List.of(GoalStatus.DRAFT, GoalStatus.RETURNED)).chain(goals -> {
                    if (goals.isEmpty()) {
                        throw new ConflictException(in.year + " 年没有待提交的目标（草稿或已退回）(no draft or returned goal to submit)");
                    }
                    Uni<Void> done = Uni.createFrom().voidItem();
                    for (DutyGoal g : goals) {
                        done = done.chain(() -> submitted(actor, g)).replaceWithVoid();
                    }
                    return done.replaceWith(goals);
                });
    }

    private Uni<DutyGoal> submitted(ScopedActor actor, DutyGoal g) {
        Snapshot before = Snapshot.of(g);
        g.status = GoalStatus.SUBMITTED;
        g.submittedAt = OffsetDateTime.now();
        g.updatedAt = g.submittedAt;
        return g.<DutyGoal>persistAndFlush()
                .call(saved -> audit.record(actor.actor(), "DUTY_GOAL_SUBMITTED", "DutyGoal", saved.id, before, Snapshot.of(saved)));
    }

    /** 编办 accepts a submitted goal, or returns it with the comment the unit must act on. */
    @WithTransaction
    public Uni<DutyGoal> review(ScopedActor actor, ReviewDutyGoalInput in) {
        return reads.goal(actor, in.id).chain(located -> {
            GoalPolicy.review(actor, located.unitPath()).orThrow();
            return DutyGoal.<DutyGoal>findById(in.id);
        }).chain(g -> {
            GoalRules.version(g, in.version);
            GoalRules.requireStatus(g, GoalStatus.SUBMITTED, "审核");
            if (in.decision == ReviewDecision.RETURN && (in.comment == null || in.comment.isBlank())) {
                throw new ValidationException("input.comment", "退回须填写审核意见，说明需要修改的内容 (a return needs a comment)");
            }
            Snapshot before = Snapshot.of(g);
            g.status = in.decision == ReviewDecision.ACCEPT ? GoalStatus.ACCEPTED : GoalStatus.RETURNED;
            g.reviewComment = in.comment == null || in.comment.isBlank() ? null : in.comment;
            g.reviewedByName = actor.actor().displayName();
            g.reviewedAt = OffsetDateTime.now();
            g.updatedAt = g.reviewedAt;
            return g.<DutyGoal>persistAndFlush().call(saved -> audit.record(actor.actor(),
                    in.decision == ReviewDecision.ACCEPT ? "DUTY_GOAL_ACCEPTED" : "DUTY_GOAL_RETURNED", "DutyGoal", saved.id,
                    before, Snapshot.of(saved)));
        });
    }

    /**
     * 编办 publishes the year's accepted goals of its region. Goals still drafted, submitted or returned stay with their
     * unit and are counted in the answer; they are published by a later pass once accepted, so one late unit does not
     * hold back the region's publication. CONFLICT when no goal is waiting to be published.
     */
    @WithTransaction
    public Uni<PublishedPayload> publish(ScopedActor actor, PublishDutyGoalsInput in) {
        GoalPolicy.publish(actor).orThrow();
        OffsetDateTime now = OffsetDateTime.now();
        String region = actor.regionPath() + "%";
        return Panache.getSession().chain(s -> s.createMutationQuery("""
                        update DutyGoal g set g.status = :published, g.publishedAt = :now, g.updatedAt = :now, g.version = g.version + 1
                        where g.year = :year and g.status = :accepted and g.unitId in (select u.id from Unit u where u.path like :region)""")
                .setParameter("published", GoalStatus.PUBLISHED).setParameter("accepted", GoalStatus.ACCEPTED)
                .setParameter("now", now).setParameter("year", in.year).setParameter("region", region).executeUpdate()
                .chain(published -> s.createSelectionQuery("""
                                select count(g) from DutyGoal g, Unit u where u.id = g.unitId and u.path like :region
                                and g.year = :year and g.status in :open""", Long.class)
                        .setParameter("region", region).setParameter("year", in.year)
                        .setParameter("open", List.of(GoalStatus.DRAFT, GoalStatus.SUBMITTED, GoalStatus.RETURNED)).getSingleResult()
                        .map(open -> new PublishedPayload(published, Math.toIntExact(open)))))
                .invoke(p -> {
                    if (p.published() == 0) {
                        throw new ConflictException(in.year + " 年没有审核通过待公布的目标，尚有 " + p.notYetAccepted()
                                + " 项目标未审核通过 (nothing accepted to publish; " + p.notYetAccepted() + " not accepted yet)");
                    }
                })
                .call(p -> audit.record(actor.actor(), "DUTY_GOALS_PUBLISHED", "DutyGoalYear", in.year + "@" + actor.regionPath(),
                        null, p));
    }

    /** The goal's unit reports progress on a milestone of its published goal, with evidence files it uploaded. */
    @WithTransaction
    public Uni<GoalProgress> reportProgress(ScopedActor actor, ReportGoalProgressInput in) {
        return reads.goalOfMilestone(actor, in.milestoneId).chain(located -> {
            DutyGoal g = located.goal();
            GoalPolicy.reportProgress(actor, g.unitId).orThrow();
            GoalRules.requireStatus(g, GoalStatus.PUBLISHED, "填报进展");
            GoalRules.quantityReached(g, in.quantityReached);
            List<Long> fileIds = in.fileIds == null ? List.of() : in.fileIds.stream().distinct().toList();
            return files.requireOwned(g.unitId, fileIds, "input.fileIds").chain(() -> {
                GoalProgress p = new GoalProgress();
                p.milestoneId = in.milestoneId;
                p.goalId = g.id;
                p.report = in.report;
                p.quantityReached = in.quantityReached;
                p.fileIds = fileIds;
                p.reportedByName = actor.actor().displayName();
                p.reportedAt = OffsetDateTime.now();
                return p.<GoalProgress>persistAndFlush();
            });
        }).call(p -> audit.record(actor.actor(), "GOAL_PROGRESS_REPORTED", "GoalProgress", p.id, null,
                Map.of("goalId", p.goalId, "milestoneId", p.milestoneId, "report", p.report, "fileIds", p.fileIds)));
    }

    /** 编办 records an on-site verification (察访核验) of a published goal or one of its milestones. */
    @WithTransaction
    public Uni<GoalVerification> verify(ScopedActor actor, RecordGoalVerificationInput in) {
        return reads.goal(actor, in.goalId).chain(located -> {
            DutyGoal g = located.goal();
            GoalPolicy.review(actor, located.unitPath()).orThrow();
            GoalRules.requireStatus(g, GoalStatus.PUBLISHED, "核验");
            GoalRules.verifiedOn(g, in.verifiedOn, LocalDate.now(BUSINESS_ZONE));
            Uni<Void> milestone = in.milestoneId == null ? Uni.createFrom().voidItem()
                    : GoalMilestone.<GoalMilestone>findById(in.milestoneId).invoke(m -> {
                        if (m == null || !m.goalId.equals(g.id)) {
                            throw new ValidationException("input.milestoneId", "该节点不属于此目标 (the milestone is not the goal's)");
                        }
                    }).replaceWithVoid();
            return milestone.chain(() -> {
                GoalVerification v = new GoalVerification();
                v.goalId = g.id;
                v.milestoneId = in.milestoneId;
                v.verifiedOn = in.verifiedOn;
                v.people = in.people;
                v.methodNames = in.methods.stream().distinct().map(Enum::name).toList();
                v.findings = in.findings;
                v.result = in.result;
                v.recordedByName = actor.actor().displayName();
                v.recordedAt = OffsetDateTime.now();
                return v.<GoalVerification>persistAndFlush();
            });
        }).call(v -> audit.record(actor.actor(), "GOAL_VERIFIED", "GoalVerification", v.id, null,
                Map.of("goalId", v.goalId, "result", v.result, "methods", v.methodNames, "findings", v.findings)));
    }

    /**
     * The goal loaded for a change by its unit: NOT_FOUND unless the actor sees it, FORBIDDEN unless it is the actor's
     * own, CONFLICT when the version is stale or the goal is no longer a draft or returned.
     */
    private Uni<DutyGoal> ownForChange(ScopedActor actor, long id, int version) {
        return reads.goal(actor, id).chain(located -> {
            GoalPolicy.draft(actor, located.goal().unitId).orThrow();
            return DutyGoal.<DutyGoal>findById(id);
        }).invoke(g -> {
            GoalRules.version(g, version);
            GoalRules.editable(g);
        });
    }

    private static void setContent(DutyGoal g, GoalContentInput c) {
        g.title = c.title;
        g.dutyId = c.dutyId;
        g.powerItemId = c.powerItemId;
        g.officeId = c.officeId;
        g.targetKind = c.targetKind;
        boolean quantity = c.targetKind == TargetKind.QUANTITY;
        g.targetQuantity = quantity ? c.targetQuantity : null;
        g.targetUnit = quantity ? c.targetUnit : null;
        g.targetText = quantity ? blankToNull(c.targetText) : c.targetText;
        g.updatedAt = OffsetDateTime.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Uni<Void> saveMilestones(long goalId, List<MilestoneInput> milestones) {
        List<GoalMilestone> rows = milestones.stream().map(in -> {
            GoalMilestone m = new GoalMilestone();
            m.goalId = goalId;
            m.quarter = in.quarter;
            m.description = in.description;
            m.dueOn = in.dueOn;
            m.dueQuantity = in.dueQuantity;
            return m;
        }).toList();
        return GoalMilestone.persist(rows).chain(() -> Panache.getSession().chain(s -> s.flush()));
    }
}

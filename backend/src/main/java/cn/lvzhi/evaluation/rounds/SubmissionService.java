package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.rounds.inputs.ReturnEvaluationSubmissionInput;
import cn.lvzhi.evaluation.rounds.inputs.SelfAssessmentEntryInput;
import cn.lvzhi.evaluation.rounds.inputs.SubmitEvaluationFormInput;
import cn.lvzhi.evaluation.rounds.inputs.SubmitSelfAssessmentInput;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's submissions in a round (报送): its self-assessment, other forms, and 编办 returning one with a comment. On
 * time until the due time, late but accepted until the lock, refused after it; every submission is audited.
 */
@ApplicationScoped
public class SubmissionService {
    static final String SUBMISSION_NOT_FOUND = "报送事项不存在 (submission not found)";
    static final String ONE_PLUS_THREE_OWN = "“1+3”表通过其草稿报送与审核操作办理 (a “1+3” form is submitted and reviewed through its own form operations)";
    /** The “1+3” forms (seed 004), filled as versioned drafts by the forms slice. */
    public static final Set<SubmissionForm> ONE_PLUS_THREE = Set.of(SubmissionForm.OPERATION_RESULTS,
            SubmissionForm.BOUNDARY_PERFORMANCE, SubmissionForm.OFFICE_SUGGESTIONS);
    private static final EvaluationStage[] FORM_STAGES = {EvaluationStage.SELF_ASSESSMENT, EvaluationStage.FIRST_MARK,
            EvaluationStage.REPLY, EvaluationStage.FINAL_MARK};

    private final RoundTargets targets;
    private final AuditLog audit;

    public SubmissionService(RoundTargets targets, AuditLog audit) {
        this.targets = targets;
        this.audit = audit;
    }

    /** What the audit trail keeps of a submission. */
    record SubmissionSnapshot(long unitId, SubmissionForm form, SubmissionStatus status, OffsetDateTime submittedAt, boolean late,
                              String comment) {
        static SubmissionSnapshot of(Submission s) {
            return new SubmissionSnapshot(s.unitId, s.form, s.status, s.submittedAt, SubmissionTiming.late(s.submittedAt, s.dueAt),
                    s.reviewComment);
        }
    }

    /** One entry of a self-assessment, as audited. */
    record EntrySnapshot(String code, BigDecimal selfScore, BigDecimal figure, List<Long> fileIds) {
    }

    private static Uni<Submission> submissionOf(long roundId, long unitId, SubmissionForm form) {
        return Submission.<Submission>find("roundId = ?1 and unitId = ?2 and form = ?3", roundId, unitId, form).firstResult()
                .map(s -> {
                    if (s == null) {
                        throw new ValidationException("input.form", "本批次未要求本单位报送该事项 (the round asks no such form of the unit)");
                    }
                    return s;
                });
    }

    /** Refuses a form already submitted (until 编办 returns it) or past its lock; marks it submitted now. */
    private static SubmissionSnapshot markSubmitted(ScopedActor actor, Submission s, OffsetDateTime now) {
        if (SubmissionTiming.submitted(s.status)) {
            throw new ConflictException("该事项已报送，如需修改请联系编办退回 (already submitted; 编办 may return it)");
        }
        SubmissionTiming.requireOpen(now, s.locksAt);
        SubmissionSnapshot before = SubmissionSnapshot.of(s);
        s.status = SubmissionStatus.SUBMITTED;
        s.submittedAt = now;
        s.submittedByName = actor.actor().displayName();
        return before;
    }

    @WithTransaction
    public Uni<Submission> submitSelfAssessment(ScopedActor actor, SubmitSelfAssessmentInput in) {
        return targets.ownRound(actor, in.roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "报送自评表", EvaluationStage.SELF_ASSESSMENT);
            OffsetDateTime now = OffsetDateTime.now();
            return submissionOf(round.id, actor.unitId(), SubmissionForm.SELF_ASSESSMENT).chain(sub -> {
                SubmissionSnapshot before = markSubmitted(actor, sub, now);
                return RoundTargets.document(round).chain(doc -> RoundTargets.roundUnit(round.id, actor.unitId(), "input.roundId")
                        .chain(ru -> RoundTargets.scoresOf(round.id, actor.unitId()).chain(rows -> {
                            List<EntrySnapshot> entries = fill(actor, doc, ru, rows, in.entries, now);
                            return requireFiles(in.entries, actor.unitId())
                                    .chain(() -> sub.<Submission>persistAndFlush())
                                    .call(saved -> audit.record(actor.actor(), "EVALUATION_SELF_ASSESSMENT_SUBMITTED",
                                            "EvaluationSubmission", saved.id, before, new Object[] {SubmissionSnapshot.of(saved), entries}));
                        })));
            });
        });
    }

    private static Uni<Void> requireFiles(List<SelfAssessmentEntryInput> entries, long unitId) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < entries.size(); i++) {
            List<Long> ids = entries.get(i).fileIds;
            String field = "input.entries[" + i + "].fileIds";
            chain = chain.chain(() -> RoundTargets.requireOwnFiles(ids, unitId, field));
        }
        return chain;
    }

    /** Writes the entries on the unit's score rows; every applicable indicator exactly once. */
    private static List<EntrySnapshot> fill(ScopedActor actor, SchemeDocument doc, RoundUnit ru, Map<String, Score> rows,
                                            List<SelfAssessmentEntryInput> entries, OffsetDateTime now) {
        Set<String> seen = new HashSet<>();
        List<EntrySnapshot> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SelfAssessmentEntryInput e = entries.get(i);
            String field = "input.entries[" + i + "]";
            Score row = RoundTargets.applicableRow(rows, e.indicatorCode, field + ".indicatorCode");
            if (!seen.add(e.indicatorCode)) {
                throw new ValidationException(field + ".indicatorCode", "指标 " + e.indicatorCode + " 重复填写 (the indicator is listed twice)");
            }
            IndicatorNode node = RoundTargets.node(doc, e.indicatorCode);
            row.selfScore = MarkRules.inRange(field + ".selfScore", e.selfScore, MarkRules.maxPoints(node, ru.category));
            if (e.figure != null) {
                if (node.source() != IndicatorSource.SELF_REPORT) {
                    throw new ValidationException(field + ".figure", "只有单位自报指标可填报数值 (only a SELF_REPORT indicator takes a figure)");
                }
                if (e.figure.signum() < 0) {
                    throw new ValidationException(field + ".figure", "数值不能为负 (the figure cannot be negative)");
                }
                row.figure = e.figure;
                row.figureSource = IndicatorSource.SELF_REPORT;
            }
            row.selfNote = e.note;
            row.selfFileIds = e.fileIds == null ? new ArrayList<>() : new ArrayList<>(e.fileIds.stream().distinct().toList());
            row.selfByName = actor.actor().displayName();
            row.selfAt = now;
            out.add(new EntrySnapshot(e.indicatorCode, row.selfScore, e.figure, row.selfFileIds));
        }
        Set<String> missing = new TreeSet<>();
        rows.values().stream().filter(r -> !r.notApplicable && !seen.contains(r.indicatorCode)).forEach(r -> missing.add(r.indicatorCode));
        if (!missing.isEmpty()) {
            throw new ValidationException("input.entries", "以下指标尚未自评：" + String.join("、", missing)
                    + " (every applicable indicator needs an entry)");
        }
        return out;
    }

    @WithTransaction
    public Uni<Submission> submitForm(ScopedActor actor, SubmitEvaluationFormInput in) {
        if (in.form == SubmissionForm.SELF_ASSESSMENT || in.form == SubmissionForm.REPLY) {
            throw new ValidationException("input.form", "自评表和申辩另有报送操作 (the self-assessment and the reply have their own operations)");
        }
        if (ONE_PLUS_THREE.contains(in.form)) {
            throw new ValidationException("input.form", ONE_PLUS_THREE_OWN);
        }
        return submit(actor, in.roundId, in.form);
    }

    /**
     * Submits a filled “1+3” form (the forms slice has saved its content); the same rules as any other form: the
     * unit's own, at a stage taking forms, not yet submitted, not past its lock. Joins the caller's transaction.
     */
    public Uni<Submission> submitOnePlusThree(ScopedActor actor, long roundId, SubmissionForm form) {
        return submit(actor, roundId, form);
    }

    private Uni<Submission> submit(ScopedActor actor, long roundId, SubmissionForm form) {
        return targets.ownRound(actor, roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "报送材料", FORM_STAGES);
            return submissionOf(round.id, actor.unitId(), form).chain(sub -> {
                SubmissionSnapshot before = markSubmitted(actor, sub, OffsetDateTime.now());
                return sub.<Submission>persistAndFlush().call(saved -> audit.record(actor.actor(), "EVALUATION_FORM_SUBMITTED",
                        "EvaluationSubmission", saved.id, before, SubmissionSnapshot.of(saved)));
            });
        });
    }

    @WithTransaction
    public Uni<Submission> returnSubmission(ScopedActor actor, ReturnEvaluationSubmissionInput in) {
        return review(actor, in.submissionId, in.version, false, sub -> {
            if (ONE_PLUS_THREE.contains(sub.form)) {
                throw new ValidationException("input.submissionId", ONE_PLUS_THREE_OWN);
            }
            return in.comment;
        });
    }

    /** 编办 returns a submitted “1+3” form with a comment (the forms slice keeps the comments per row). */
    public Uni<Submission> returnOnePlusThree(ScopedActor actor, long submissionId, int version, String comment) {
        return review(actor, submissionId, version, false, sub -> comment);
    }

    /** 编办 accepts (受理) a submitted “1+3” form. */
    public Uni<Submission> acceptOnePlusThree(ScopedActor actor, long submissionId, int version, String comment) {
        return review(actor, submissionId, version, true, sub -> comment);
    }

    /**
     * 编办's decision on a submitted form: only a SUBMITTED one, with its current version; a “1+3” form while the round
     * still takes forms, any other (the self-assessment) only during self-assessment.
     */
    private Uni<Submission> review(ScopedActor actor, long submissionId, int version, boolean accept,
                                   java.util.function.Function<Submission, String> comment) {
        return Submission.<Submission>findById(submissionId).chain(sub -> {
            if (sub == null) {
                throw new NotFoundException(SUBMISSION_NOT_FOUND);
            }
            return targets.managedRound(actor, sub.roundId).chain(round -> {
                String action = accept ? "受理报送材料" : "退回报送材料";
                if (ONE_PLUS_THREE.contains(sub.form)) {
                    RoundStages.requireAt(round.stage, action, FORM_STAGES);
                } else {
                    RoundStages.requireAt(round.stage, action, EvaluationStage.SELF_ASSESSMENT);
                }
                String text = comment.apply(sub);
                if (sub.version != version) {
                    throw RoundTargets.stale("报送事项", sub.version);
                }
                if (sub.status != SubmissionStatus.SUBMITTED) {
                    throw new ConflictException(accept ? "只能受理已报送的材料 (only a submitted form can be accepted)"
                            : "只能退回已报送的材料 (only a submitted form can be returned)");
                }
                SubmissionSnapshot before = SubmissionSnapshot.of(sub);
                sub.status = accept ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
                sub.reviewComment = text;
                return sub.<Submission>persistAndFlush().call(saved -> audit.record(actor.actor(),
                        accept ? "EVALUATION_SUBMISSION_ACCEPTED" : "EVALUATION_SUBMISSION_RETURNED",
                        "EvaluationSubmission", saved.id, before, SubmissionSnapshot.of(saved)));
            });
        });
    }

    /**
     * Writes what an accepted form reports onto the unit's score row of {@code code} as its self-assessment entry,
     * under the self-assessment's own rules: during self-assessment only, before the unit has submitted its own
     * self-assessment (then its word stands), the score within the indicator's points, a figure only for a SELF_REPORT
     * indicator. 编办 does it on accepting; the row records the form as the entry's note. Joins the caller's transaction.
     */
    public Uni<Void> selfEntryFromForm(ScopedActor actor, long roundId, long unitId, String code, BigDecimal selfScore,
                                       BigDecimal figure, String note, String field) {
        return targets.managedRound(actor, roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "以“1+3”表填入自评", EvaluationStage.SELF_ASSESSMENT);
            return Submission.<Submission>find("roundId = ?1 and unitId = ?2 and form = ?3", roundId, unitId,
                    SubmissionForm.SELF_ASSESSMENT).firstResult().chain(self -> {
                if (self != null && SubmissionTiming.submitted(self.status)) {
                    throw new ConflictException("该单位已报送自评表，以其自评为准 (the unit has submitted its own self-assessment)");
                }
                return RoundTargets.document(round).chain(doc -> RoundTargets.roundUnit(roundId, unitId, field)
                        .chain(ru -> RoundTargets.scoresOf(roundId, unitId).chain(rows -> {
                            Score row = RoundTargets.applicableRow(rows, code, field);
                            IndicatorNode node = RoundTargets.node(doc, code);
                            if (node.source() != IndicatorSource.SELF_REPORT && node.source() != IndicatorSource.MANUAL) {
                                throw new ValidationException(field, "只有单位自报或人工评分指标可由“1+3”表填入 (only a SELF_REPORT or MANUAL indicator)");
                            }
                            EntrySnapshot before = new EntrySnapshot(code, row.selfScore, row.figure, row.selfFileIds);
                            row.selfScore = MarkRules.inRange(field, selfScore, MarkRules.maxPoints(node, ru.category));
                            if (node.source() == IndicatorSource.SELF_REPORT && figure != null) {
                                row.figure = figure;
                                row.figureSource = IndicatorSource.SELF_REPORT;
                            }
                            row.selfNote = note;
                            row.selfByName = actor.actor().displayName();
                            row.selfAt = OffsetDateTime.now();
                            return row.persistAndFlush().call(saved -> audit.record(actor.actor(), "EVALUATION_SELF_ENTRY_FROM_FORM",
                                    "EvaluationScore", row.id, before, new EntrySnapshot(code, row.selfScore, row.figure, row.selfFileIds)))
                                    .replaceWithVoid();
                        })));
            });
        });
    }
}

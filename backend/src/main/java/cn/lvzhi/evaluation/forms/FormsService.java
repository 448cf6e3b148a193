package cn.lvzhi.evaluation.forms;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.forms.FormsReads.Located;
import cn.lvzhi.evaluation.forms.inputs.SaveEvaluationFormInput;
import cn.lvzhi.evaluation.forms.inputs.SubmitEvaluationFormDraftInput;
import cn.lvzhi.evaluation.rounds.RoundStages;
import cn.lvzhi.evaluation.rounds.Submission;
import cn.lvzhi.evaluation.rounds.SubmissionService;
import cn.lvzhi.evaluation.rounds.SubmissionTiming;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit fills its “1+3” forms (填报): saves the draft — each save naming the draft version it read, a stale one a
 * CONFLICT — and submits it, which keeps the content as the form's next numbered version and marks the round's
 * submission submitted through {@link SubmissionService} (its deadlines, lock and stage rules). Every write audited.
 */
@ApplicationScoped
public class FormsService {
    private final FormsReads reads;
    private final FormPrefill prefill;
    private final SubmissionService submissions;
    private final EvaluationFiles files;
    private final AuditLog audit;

    public FormsService(FormsReads reads, FormPrefill prefill, SubmissionService submissions, EvaluationFiles files, AuditLog audit) {
        this.reads = reads;
        this.prefill = prefill;
        this.submissions = submissions;
        this.files = files;
        this.audit = audit;
    }

    /** The form, its submission locked for this transaction so concurrent writes on it run one after the other. */
    static Uni<Located> lockedForWrite(FormsReads reads, ScopedActor actor, long submissionId) {
        return reads.locate(actor, submissionId).chain(at -> Submission.<Submission>findById(submissionId, LockModeType.PESSIMISTIC_WRITE)
                .map(sub -> new Located(sub, at.round(), at.unit(), at.sight())));
    }

    public Uni<EvaluationForm> save(ScopedActor actor, SaveEvaluationFormInput in) {
        return Panache.withTransaction(() -> lockedForWrite(reads, actor, in.submissionId).chain(at -> {
            FormsPolicy.fill(at.sight()).orThrow();
            SubmissionForm form = at.submission().form;
            FormRules.requireOwnKind(form, in.operations != null, in.boundaries != null, in.suggestions != null);
            requireOpen(at, OffsetDateTime.now());
            return FormDraft.<FormDraft>findById(at.submission().id).chain(draft -> {
                int current = draft == null ? 0 : draft.version;
                if (current != in.version) {
                    throw stale(current);
                }
                return content(at, in).chain(content -> {
                    FormDraft d = draft == null ? new FormDraft() : draft;
                    FormContent before = d.content;
                    d.submissionId = at.submission().id;
                    d.content = content;
                    d.version = current + 1;
                    d.savedAt = OffsetDateTime.now();
                    d.savedByName = actor.actor().displayName();
                    return d.<FormDraft>persistAndFlush().call(saved -> audit.record(actor.actor(), "EVALUATION_FORM_DRAFT_SAVED",
                            "EvaluationForm", saved.submissionId, before, saved.content));
                });
            }).map(saved -> at);
        })).chain(at -> reads.view(actor, at));
    }

    /** The rows of the input checked against the unit's goals, boundary items or offices. */
    private Uni<FormContent> content(Located at, SaveEvaluationFormInput in) {
        return switch (at.submission().form) {
            case OPERATION_RESULTS -> prefill.goals(at.round(), at.unit().id).chain(goals -> {
                List<FormContent.OperationRow> rows = FormRules.operations(goals, in.operations);
                return files.owned(at.unit().id, FormRules.fileIds(in.operations)).map(owned -> {
                    FormRules.requireOwnFiles(in.operations, owned);
                    return new FormContent(rows, List.of(), List.of());
                });
            });
            case BOUNDARY_PERFORMANCE -> prefill.boundaries(at.round(), at.unit())
                    .map(items -> new FormContent(List.of(), FormRules.boundaries(items, in.boundaries), List.of()));
            default -> prefill.offices(at.unit().id)
                    .map(offices -> new FormContent(List.of(), List.of(), FormRules.suggestions(offices, in.suggestions)));
        };
    }

    public Uni<EvaluationForm> submit(ScopedActor actor, SubmitEvaluationFormDraftInput in) {
        return Panache.withTransaction(() -> lockedForWrite(reads, actor, in.submissionId).chain(at -> {
            FormsPolicy.fill(at.sight()).orThrow();
            requireOpen(at, OffsetDateTime.now());
            return FormDraft.<FormDraft>findById(at.submission().id).chain(draft -> {
                if (draft == null) {
                    throw new ValidationException("input.submissionId", "请先保存草稿再报送 (save the draft before submitting)");
                }
                if (draft.version != in.version) {
                    throw stale(draft.version);
                }
                return reads.contentNow(at, draft.content).chain(content -> {
                    FormRules.requireComplete(content);
                    return submissions.submitOnePlusThree(actor, at.round().id, at.submission().form)
                            .chain(sub -> FormVersion.count("submissionId", sub.id).chain(n -> {
                                FormVersion v = new FormVersion();
                                v.submissionId = sub.id;
                                v.seq = Math.toIntExact(n) + 1;
                                v.content = content;
                                v.submittedAt = sub.submittedAt;
                                v.submittedByName = sub.submittedByName;
                                v.late = SubmissionTiming.late(sub.submittedAt, sub.dueAt);
                                return v.<FormVersion>persistAndFlush();
                            }))
                            .call(v -> audit.record(actor.actor(), "EVALUATION_FORM_VERSION_SUBMITTED", "EvaluationFormVersion", v.id,
                                    null, v.content))
                            .replaceWith(at);
                });
            });
        })).chain(done -> reads.locate(actor, in.submissionId)).chain(at -> reads.view(actor, at));
    }

    /** Refuses a form that is submitted, locked, or in a round that no longer takes forms. */
    private static void requireOpen(Located at, OffsetDateTime now) {
        RoundStages.requireAt(at.round().stage, "填报“1+3”表", FormsReads.FORM_STAGE_ORDER);
        if (SubmissionTiming.submitted(at.submission().status)) {
            throw new ConflictException("该表已报送，如需修改请联系编办退回 (already submitted; 编办 may return it)");
        }
        SubmissionTiming.requireOpen(now, at.submission().locksAt);
    }

    static ConflictException stale(int current) {
        return new ConflictException("该表草稿已被他人修改（当前版本 " + current + "），请刷新后重试 (stale version; current is " + current + ")");
    }
}

package cn.lvzhi.evaluation.forms;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.forms.FormContent.Suggestion;
import cn.lvzhi.evaluation.forms.FormVersion.FormDecision;
import cn.lvzhi.evaluation.forms.FormsReads.Located;
import cn.lvzhi.evaluation.forms.inputs.ReviewEvaluationFormInput;
import cn.lvzhi.evaluation.forms.inputs.ReviewEvaluationFormInput.FormReviewDecision;
import cn.lvzhi.evaluation.forms.inputs.ReviewEvaluationFormInput.FormProblemInput;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.evaluation.rounds.SubmissionService;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 编办 reviews the submitted version of a “1+3” form (审核): returns it with comments (whole or per row) or accepts it,
 * through {@link SubmissionService}'s own rules; may raise problems for the ledger ({@link ProblemService#record}, source
 * FORM_REVIEW, naming the row's goal or list item). What an acceptance feeds: form (1) the self-assessment entry of the
 * indicator 编办 names; form (3) a 清单变更 proposal per suggestion ({@link OfficeDutyProposals}). All in one transaction.
 */
@ApplicationScoped
public class FormReviewService {
    private final FormsReads reads;
    private final SubmissionService submissions;
    private final ProblemService problems;
    private final OfficeDutyProposals proposals;
    private final AuditLog audit;

    public FormReviewService(FormsReads reads, SubmissionService submissions, ProblemService problems, OfficeDutyProposals proposals,
                             AuditLog audit) {
        this.reads = reads;
        this.submissions = submissions;
        this.problems = problems;
        this.proposals = proposals;
        this.audit = audit;
    }

    /** What the review produced. */
    public record Reviewed(EvaluationForm form, List<Long> problemIds, List<Long> listChangeIds) {
    }

    /** The audited record of a review. */
    record ReviewSnapshot(int seq, FormDecision decision, String comment, List<FormVersion.RowComment> rowComments,
                          String indicatorCode, List<Long> problemIds, List<Long> listChangeIds) {
    }

    public Uni<Reviewed> review(ScopedActor actor, ReviewEvaluationFormInput in) {
        List<Long> problemIds = new ArrayList<>();
        List<Long> changeIds = new ArrayList<>();
        boolean accept = in.decision == FormReviewDecision.ACCEPT;
        return Panache.withTransaction(() -> FormsService.lockedForWrite(reads, actor, in.submissionId).chain(at -> {
            FormsPolicy.review(actor, at.sight()).orThrow();
            SubmissionForm form = at.submission().form;
            String code = FormRules.blankToNull(in.indicatorCode);
            if (code != null && (!accept || form != SubmissionForm.OPERATION_RESULTS)) {
                throw new ValidationException("input.indicatorCode", "只有受理年度职能运行成效表时可指定对应指标 (only when accepting an OPERATION_RESULTS form)");
            }
            return FormVersion.<FormVersion>find("submissionId = ?1 order by seq desc", at.submission().id).firstResult().chain(v -> {
                if (v == null || v.decision != null) {
                    throw new ConflictException("该表没有待审核的报送版本 (no submitted version awaits review)");
                }
                FormRules.requireComments(!accept, in.comment, in.rowComments, v.content.size());
                checkProblemRows(in.problems, v.content.size());
                String comment = FormRules.blankToNull(in.comment);
                Uni<?> decided = accept ? submissions.acceptOnePlusThree(actor, at.submission().id, in.version, comment)
                        : submissions.returnOnePlusThree(actor, at.submission().id, in.version, comment);
                return decided.chain(() -> {
                    v.decision = accept ? FormDecision.ACCEPTED : FormDecision.RETURNED;
                    v.reviewComment = comment;
                    v.storedRowComments = new FormVersion.RowComments(in.rowComments == null ? List.of() : in.rowComments.stream()
                            .map(r -> new FormVersion.RowComment(r.row, r.comment)).toList());
                    v.indicatorCode = code;
                    v.reviewedAt = OffsetDateTime.now();
                    v.reviewedByName = actor.actor().displayName();
                    return v.<FormVersion>persistAndFlush();
                }).chain(() -> code == null ? Uni.createFrom().voidItem()
                        : submissions.selfEntryFromForm(actor, at.round().id, at.unit().id, code, FormRules.totalSelfScore(v.content),
                        FormRules.metShare(v.content).orElse(null), FormLabels.of(form) + "第" + v.seq + "版（编办受理）", "input.indicatorCode"))
                        .chain(() -> accept && form == SubmissionForm.OFFICE_SUGGESTIONS
                                ? proposals.propose(actor, at, v).invoke(changeIds::addAll).replaceWithVoid() : Uni.createFrom().voidItem())
                        .chain(() -> raise(actor, at, v, in.problems, problemIds))
                        .call(() -> audit.record(actor.actor(), "EVALUATION_FORM_REVIEWED", "EvaluationFormVersion", v.id, null,
                                new ReviewSnapshot(v.seq, v.decision, comment, v.getRowComments(), code, problemIds, changeIds)))
                        .replaceWith(at);
            });
        })).chain(done -> reads.locate(actor, in.submissionId)).chain(at -> reads.view(actor, at))
                .map(view -> new Reviewed(view, problemIds, changeIds));
    }

    private static void checkProblemRows(List<FormProblemInput> list, int rows) {
        for (int i = 0; i < (list == null ? 0 : list.size()); i++) {
            Integer row = list.get(i).row;
            if (row != null && (row < 0 || row >= rows)) {
                throw new ValidationException("input.problems[" + i + "].row", "该版本没有第 " + (row + 1) + " 行 (no such row)");
            }
        }
    }

    /** Each problem as a FORM_REVIEW finding of the unit, naming the row's goal or list item (a suggestion's duty). */
    private Uni<Void> raise(ScopedActor actor, Located at, FormVersion v, List<FormProblemInput> list, List<Long> ids) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (FormProblemInput p : list == null ? List.<FormProblemInput>of() : list) {
            Long goalId = null;
            Long itemId = null;
            if (p.row != null) {
                FormContent c = v.content;
                if (!c.operations().isEmpty()) {
                    goalId = c.operations().get(p.row).goalId();
                } else if (!c.boundaries().isEmpty()) {
                    itemId = c.boundaries().get(p.row).listItemId();
                } else {
                    Suggestion s = c.suggestions().get(p.row);
                    itemId = s.dutyItemId();
                }
            }
            Finding f = new Finding(at.round().id, at.unit().id, ProblemSource.FORM_REVIEW, v.id, p.description, goalId, null, itemId,
                    null, null);
            chain = chain.chain(() -> problems.record(actor, f)).invoke(saved -> ids.add(saved.id)).replaceWithVoid();
        }
        return chain;
    }
}

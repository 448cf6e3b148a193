package cn.lvzhi.evaluation.forms;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.forms.FormsPolicy.Sight;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.RoundReads;
import cn.lvzhi.evaluation.rounds.Submission;
import cn.lvzhi.evaluation.rounds.SubmissionService;
import cn.lvzhi.evaluation.rounds.SubmissionStatus;
import cn.lvzhi.evaluation.rounds.SubmissionTiming;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads of the “1+3” forms, every one through {@link FormsPolicy}: a form the caller may not see does not exist
 * (NOT_FOUND), and is absent from the round's list and its count.
 */
@ApplicationScoped
public class FormsReads {
    static final String FORM_NOT_FOUND = "“1+3”表不存在 (form not found)";
    /** The stages at which a round takes the forms (the same as any other form's, {@link SubmissionService}). */
    static final EvaluationStage[] FORM_STAGE_ORDER = {EvaluationStage.SELF_ASSESSMENT, EvaluationStage.FIRST_MARK,
            EvaluationStage.REPLY, EvaluationStage.FINAL_MARK};
    static final Set<EvaluationStage> FORM_STAGES = Set.of(FORM_STAGE_ORDER);

    private final ReadSessions reads;
    private final RoundReads rounds;
    private final FormPrefill prefill;

    public FormsReads(ReadSessions reads, RoundReads rounds, FormPrefill prefill) {
        this.reads = reads;
        this.rounds = rounds;
        this.prefill = prefill;
    }

    /** A form found for the caller: its submission, round and unit, and how the caller sees it. */
    public record Located(Submission submission, EvaluationRound round, Unit unit, Sight sight) {
    }

    /** The form (by its submission's id) as the caller sees it; NOT_FOUND when it does not exist for the caller. */
    public Uni<Located> locate(ScopedActor actor, long submissionId) {
        return reads.read(s -> s.get(Submission.class, submissionId).chain(sub -> {
            if (sub == null || !SubmissionService.ONE_PLUS_THREE.contains(sub.form)) {
                return Uni.createFrom().nullItem();
            }
            return s.get(EvaluationRound.class, sub.roundId).chain(round -> s.get(Unit.class, sub.unitId)
                    .map(unit -> new Located(sub, round, unit, FormsPolicy.sight(actor, round.regionPath, round.stage, sub.unitId))));
        })).map(found -> {
            if (found == null || found.sight() == Sight.NONE) {
                throw new NotFoundException(FORM_NOT_FOUND);
            }
            return found;
        });
    }

    /** The round's “1+3” forms the caller sees (a unit: its own), newest first, optionally of one form and status. */
    public Uni<EvaluationFormConnection> forms(ScopedActor actor, long roundId, SubmissionForm form, SubmissionStatus status,
                                               Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after);
        return rounds.access(actor, roundId).chain(access -> {
            Map<String, Object> params = new HashMap<>();
            params.put("round", roundId);
            params.put("forms", form == null ? SubmissionService.ONE_PLUS_THREE : Set.of(form));
            StringBuilder where = new StringBuilder(" from Submission s where s.roundId = :round and s.form in :forms");
            if (status != null) {
                where.append(" and s.status = :status");
                params.put("status", status);
            }
            EvaluationRound round = access.round();
            if (!FormsPolicy.seesRegion(actor) || !actor.regionHolds(round.regionPath)) {
                if (!FormsPolicy.seesOwn(actor)
                        || FormsPolicy.sight(actor, round.regionPath, round.stage, actor.unitId()) != Sight.OWN) {
                    return Uni.createFrom().item(new NewestFirst.Page<Submission>(List.of(), 0));
                }
                where.append(" and s.unitId = :unit");
                params.put("unit", actor.unitId());
            }
            return NewestFirst.page(reads, "s", where.toString(), params, after, size, Submission.class);
        }).map(p -> Paging.connection(p.rows(), size, p.total(), s -> String.valueOf(s.id),
                EvaluationFormConnection.EvaluationFormEdge::new, EvaluationFormConnection::new));
    }

    /** The whole form as the caller sees it: the draft over the current pre-fill, every version, what it may do. */
    public Uni<EvaluationForm> view(ScopedActor actor, Located at) {
        Submission sub = at.submission();
        return reads.read(s -> s.get(FormDraft.class, sub.id).chain(draft -> s.createSelectionQuery(
                        "from FormVersion v where v.submissionId = :sub order by v.seq desc", FormVersion.class)
                .setParameter("sub", sub.id).getResultList().map(versions -> Map.entry(draft == null ? new FormDraft() : draft, versions))))
                .chain(found -> contentNow(at, found.getKey().content).chain(content -> offices(at).map(offices -> {
                    FormDraft draft = found.getKey();
                    List<FormVersion> versions = found.getValue();
                    boolean reviewable = FormsPolicy.review(actor, at.sight()).allowed() && FORM_STAGES.contains(at.round().stage)
                            && sub.status == SubmissionStatus.SUBMITTED;
                    return new EvaluationForm(sub.id, sub, sub.roundId, draft.version, draft.savedAt, draft.savedByName, content,
                            versions, offices, editable(at, OffsetDateTime.now()), reviewable);
                })));
    }

    /** The unit may save and submit now: its own form, at a stage taking forms, not submitted, before the lock. */
    static boolean editable(Located at, OffsetDateTime now) {
        Submission s = at.submission();
        return FormsPolicy.fill(at.sight()).allowed() && FORM_STAGES.contains(at.round().stage)
                && !SubmissionTiming.submitted(s.status) && !now.isAfter(s.locksAt);
    }

    /** The draft's rows over the unit's current goals or boundary items (with their live cases). */
    Uni<FormContent> contentNow(Located at, FormContent draft) {
        return switch (at.submission().form) {
            case OPERATION_RESULTS -> prefill.goals(at.round(), at.unit().id)
                    .map(goals -> FormRules.current(at.submission().form, draft, goals, List.of()));
            case BOUNDARY_PERFORMANCE -> prefill.boundaries(at.round(), at.unit())
                    .map(items -> FormRules.current(at.submission().form, draft, List.of(), items));
            default -> Uni.createFrom().item(FormRules.current(at.submission().form, draft, List.of(), List.of()));
        };
    }

    /** The unit's offices and duties, for a 内设机构职责调整建议表 only. */
    Uni<List<FormOffice>> offices(Located at) {
        return at.submission().form == SubmissionForm.OFFICE_SUGGESTIONS ? prefill.offices(at.unit().id)
                : Uni.createFrom().item(List.of());
    }
}

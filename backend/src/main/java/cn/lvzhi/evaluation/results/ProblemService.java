package cn.lvzhi.evaluation.results;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.results.ResultsPolicy.Sight;
import cn.lvzhi.evaluation.results.inputs.RaiseEvaluationProblemInput;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.rounds.RoundUnit;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import java.time.OffsetDateTime;

/**
 * Raises problems found in a result for the rectification ledger of the fieldwork (整改台账): 编办 of the region names
 * the unit and, optionally, the indicator's score row; the ledger picks the problem up from evaluation_problem.
 */
@ApplicationScoped
public class ProblemService {
    static final String SCORE_MISMATCH = "该评分不属于本批次的该单位 (the score belongs to another round or unit)";

    private final AuditLog audit;
    private final Instance<ProblemListener> listeners;

    public ProblemService(AuditLog audit, @Any Instance<ProblemListener> listeners) {
        this.audit = audit;
        this.listeners = listeners;
    }

    /**
     * Records a finding as a problem, tells every {@link ProblemListener} (the ledger) and audits it. The one way a
     * problem is raised; it joins the caller's transaction, so the caller has checked who may raise it.
     */
    public Uni<EvaluationProblem> record(ScopedActor actor, Finding finding) {
        EvaluationProblem p = new EvaluationProblem();
        p.roundId = finding.roundId();
        p.unitId = finding.unitId();
        p.sourceKind = finding.source().name();
        p.sourceId = finding.sourceId();
        p.description = finding.description();
        p.goalId = finding.goalId();
        p.indicatorCode = finding.indicatorCode();
        p.listItemId = finding.listItemId();
        p.caseId = finding.caseId();
        p.dutyId = finding.dutyId();
        p.raisedByName = actor.actor().displayName();
        p.raisedAt = OffsetDateTime.now();
        Uni<EvaluationProblem> saved = p.persistAndFlush();
        for (ProblemListener listener : listeners) {
            saved = saved.call(listener::raised);
        }
        return saved.call(raised -> audit.record(actor.actor(), "EVALUATION_PROBLEM_RAISED", "EvaluationProblem", raised.id, null, raised));
    }

    public Uni<EvaluationProblem> raise(ScopedActor actor, RaiseEvaluationProblemInput in) {
        return Panache.withTransaction(() -> EvaluationRound.<EvaluationRound>findById(in.roundId)
                .chain(round -> RoundUnit.<RoundUnit>findById(new RoundUnit.Key(in.roundId, in.unitId))
                        .chain(inScope -> Unit.<Unit>findById(in.unitId).chain(unit -> {
                            Sight sight = round == null || inScope == null || unit == null ? Sight.NONE
                                    : ResultsPolicy.sight(actor, round.regionPath, round.stage, unit.path);
                            if (sight == Sight.NONE) {
                                throw new NotFoundException(ResultsReads.RESULT_NOT_FOUND);
                            }
                            ResultsPolicy.raiseProblem(actor, round.regionPath).orThrow();
                            return in.scoreId == null ? Uni.createFrom().nullItem() : Score.<Score>findById(in.scoreId);
                        })).chain(score -> {
                            if (in.scoreId != null && (score == null || !score.roundId.equals(in.roundId)
                                    || !score.unitId.equals(in.unitId))) {
                                throw new ValidationException("input.scoreId", SCORE_MISMATCH);
                            }
                            String indicator = score == null ? null : score.indicatorCode;
                            return record(actor, new Finding(in.roundId, in.unitId, ProblemSource.SCORE, in.scoreId,
                                    in.description, null, indicator, null, null, null));
                        })));
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.AppealRatingInput;
import cn.lvzhi.cases.inputs.DecideAppealInput;
import cn.lvzhi.cases.inputs.RateDispatchInput;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * 谁派单、谁评价: the dispatching unit rates a replied dispatch once; the rated unit may appeal a rating below 满意
 * once and the district command centre (or a unit above the rater, never the rater: {@link AppealPolicy}) upholds
 * or revises it. Every change locks the case row first ({@link CaseLocks}), keeps the case's “ever had an
 * UNSATISFIED rating” flag (which widens who sees the case, and stays set after a revision), and leaves its trail ({@link CaseTrail}) in the same transaction.
 */
@ApplicationScoped
public class RatingService {
    private final CaseTrail trail;
    private final RatingWrite writes;

    public RatingService(CaseTrail trail, RatingWrite writes) {
        this.trail = trail;
        this.writes = writes;
    }

    /** Rates a replied dispatch, or answers a retry (the same rater, level and comment) with the first rating. */
    public Uni<Rating> rate(ScopedActor a, RateDispatchInput in) {
        String comment = Texts.optional(in.comment);
        if (in.level == RatingLevel.UNSATISFIED && comment == null) {
            // required with an UNSATISFIED rating only: a rule of two fields, beside the input's own @Text
            throw new ValidationException("input.comment", Texts.violation("", true, 2000, "评价意见", Texts.Kind.FREE_TEXT, "input.comment"));
        }
        return writes.rate(a, in.dispatchId, (l, first) -> decide(l, in.dispatchId, first, in.level, comment));
    }

    /**
     * The rating the rater's request comes to on the locked case: {@code first}, the dispatch's rating, again when
     * the request repeats it (the phone lost the answer); else a new rating to write, once the rater may rate the
     * dispatch and it waits for one. Refusals throw.
     */
    static Rating decide(CaseLocks.Locked l, long dispatchId, Rating first, RatingLevel level, String comment) {
        Dispatch d = l.dispatch(dispatchId);
        RatingPolicy.rate(l.actor(), d).orThrow();
        if (d.status == DispatchStatus.RATED) {
            if (first == null || !first.raterSubject.equals(l.actor().actor().subject()) || first.originalLevel != level
                    || !Objects.equals(first.comment, comment)) {
                conflictUnless(RatingPolicy.rateable(d.status));
            }
            return first;
        }
        HopSettlement.requireOpen(d);
        conflictUnless(RatingPolicy.rateable(d.status));
        Rating r = new Rating();
        r.dispatchId = d.id;
        r.caseId = d.caseId;
        r.level = level;
        r.originalLevel = level;
        r.comment = comment;
        r.raterUnitId = l.actor().actingUnitId();
        r.raterSubject = l.actor().actor().subject();
        r.raterName = l.actor().actor().displayName();
        r.ratedUnitId = d.toUnitId;
        r.ratedAt = OffsetDateTime.now();
        return r;
    }

    static String label(RatingLevel level) {
        return switch (level) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case UNSATISFIED -> "不满意";
        };
    }

    private static void conflictUnless(Decision decision) {
        if (!decision.allowed()) {
            throw new ConflictException(decision.reason());
        }
    }

    @WithTransaction
    public Uni<Appeal> appeal(ScopedActor a, AppealRatingInput in) {
        String reason = in.reason;
        return CaseLocks.lockByRating(a, in.ratingId)
                .chain(l -> Rating.<Rating>findById(in.ratingId).chain(r -> {
                    Dispatch d = l.visible().stream().filter(x -> x.id.equals(r.dispatchId)).findFirst()
                            .orElseThrow(() -> new NotFoundException(CaseRefusals.RATING_NOT_FOUND));
                    AppealPolicy.appeal(l.actor(), r).orThrow();
                    AppealPolicy.checkLevel(r.level);
                    return Appeal.count("ratingId", r.id).chain(n -> {
                        conflictUnless(AppealPolicy.appealable(n > 0));
                        Appeal ap = new Appeal();
                        ap.ratingId = r.id;
                        ap.caseId = r.caseId;
                        ap.appellantUnitId = l.actor().actingUnitId();
                        ap.appellantName = l.actor().actor().displayName();
                        ap.reason = reason;
                        ap.status = AppealStatus.PENDING;
                        ap.appealedAt = OffsetDateTime.now();
                        return ap.<Appeal>persistAndFlush()
                                .call(saved -> trail.step(l.actor(), l.caseFile(), d, CaseEventKind.APPEALED, reason))
                                .call(saved -> trail.audit(l.actor(), "RATING_APPEALED", "Appeal", saved.id, null, reason));
                    });
                }));
    }

    @WithTransaction
    public Uni<Appeal> decideAppeal(ScopedActor a, DecideAppealInput in) {
        String reason = in.reason;
        if (in.outcome == AppealStatus.PENDING) {
            throw new ValidationException("input.outcome", "处理结果须为维持（UPHELD）或改评（REVISED）(UPHELD or REVISED)");
        }
        if ((in.outcome == AppealStatus.REVISED) != (in.revisedLevel != null)) {
            throw new ValidationException("input.revisedLevel", "改评须且只须给出新的评价等级 (revisedLevel goes with REVISED only)");
        }
        return CaseLocks.lockByAppeal(a, in.appealId)
                .chain(l -> Appeal.<Appeal>findById(in.appealId).chain(ap -> Rating.<Rating>findById(ap.ratingId)
                        .chain(r -> CaseLocks.unitsIn(Set.of(r.raterUnitId)).chain(raters -> {
                    var parties = new AppealPolicy.Parties(r.raterUnitId, raters.get(r.raterUnitId).path, ap.appellantUnitId);
                    AppealPolicy.decide(l.actor(), l.caseFile().areaPath, parties).orThrow();
                    if (ap.status != AppealStatus.PENDING) {
                        throw new ConflictException("申诉已处理（" + ap.status + "），不能再次处理 (the appeal is " + ap.status + ")");
                    }
                    if (in.revisedLevel != null && in.revisedLevel == r.level) {
                        throw new ValidationException("input.revisedLevel", "改评等级与原评价相同 (the same level)");
                    }
                    ap.status = in.outcome;
                    ap.revisedLevel = in.revisedLevel;
                    ap.decisionReason = reason;
                    ap.decidedByName = l.actor().actor().displayName();
                    ap.decidedAt = OffsetDateTime.now();
                    RatingLevel before = r.level;
                    if (in.revisedLevel != null) {
                        r.level = in.revisedLevel;
                        if (r.level == RatingLevel.UNSATISFIED && r.comment == null) {
                            r.comment = reason;
                        }
                    }
                    Case c = l.caseFile();
                    c.updatedAt = ap.decidedAt;
                    // "ever unsatisfied": a revision never takes the case, or its history, out of 纪委监委's and 组织部's view
                    c.hasUnsatisfied = c.hasUnsatisfied || r.level == RatingLevel.UNSATISFIED;
                    return ap.persist().chain(() -> r.persist()).chain(() -> c.<Case>persistAndFlush())
                            // the decision speaks of the rated unit's work: it belongs to the rated dispatch, as visible as it
                            .chain(() -> trail.step(l.actor(), c, ratedDispatch(l, r), CaseEventKind.APPEAL_DECIDED,
                                    (ap.status == AppealStatus.UPHELD ? "维持原评价" : "改评为" + label(r.level)) + "：" + reason))
                            .chain(() -> trail.audit(l.actor(), "APPEAL_DECIDED", "Appeal", ap.id, before, r.level + " " + reason))
                            .map(x -> ap);
                }))));
    }

    private static Dispatch ratedDispatch(CaseLocks.Locked l, Rating r) {
        return l.all().stream().filter(d -> d.id.equals(r.dispatchId)).findFirst()
                .orElseThrow(() -> new NotFoundException(CaseRefusals.RATING_NOT_FOUND));
    }
}

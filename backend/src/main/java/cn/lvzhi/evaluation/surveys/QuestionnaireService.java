package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.surveys.inputs.AnswerInput;
import cn.lvzhi.evaluation.surveys.inputs.AnswerQuestionnaireInput;
import cn.lvzhi.evaluation.surveys.inputs.CreateQuestionnaireInput;
import cn.lvzhi.evaluation.surveys.inputs.PublishQuestionnaireInput;
import cn.lvzhi.evaluation.surveys.inputs.QuestionnaireVersionInput;
import cn.lvzhi.evaluation.surveys.inputs.UpdateQuestionnaireInput;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * Designs, publishes, closes and shares questionnaires (问卷) for 编办, and takes the answers of named respondents and of
 * the anonymous link. Every change by a named actor is audited in its transaction; an anonymous answer is not (its
 * audit row would carry the time and the request), and keeps only the answers and the day.
 */
@ApplicationScoped
public class QuestionnaireService {
    static final String NOT_FOUND = "问卷不存在 (questionnaire not found)";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuditLog audit;

    public QuestionnaireService(AuditLog audit) {
        this.audit = audit;
    }

    /** What the audit trail keeps of a questionnaire. */
    record Snapshot(String title, Long roundId, List<Long> targets, QuestionnaireStatus status, SurveyAudience audience,
                    List<Long> respondents, Long officeUnitId, boolean shared, int questions, int version) {
        static Snapshot of(Questionnaire q) {
            return new Snapshot(q.title, q.roundId, q.targetUnitIds, q.status, q.audience, q.respondentUnitIds, q.officeUnitId,
                    q.resultsShared, q.questions.items().size(), q.version);
        }
    }

    @WithTransaction
    public Uni<Questionnaire> create(ScopedActor actor, CreateQuestionnaireInput in) {
        SurveyPolicy.manage(actor, actor.regionPath()).orThrow();
        List<Question> questions = QuestionnaireRules.questions("input.questions", in.questions);
        return SurveyUnits.round(actor.regionPath(), in.roundId, "input.roundId")
                .chain(() -> SurveyUnits.check(actor.regionPath(), in.targetUnitIds, "input.targetUnitIds")).chain(targets -> {
                    Questionnaire q = new Questionnaire();
                    q.regionPath = actor.regionPath();
                    q.roundId = in.roundId;
                    q.title = in.title;
                    q.intro = in.intro;
                    q.questions = new QuestionSet(questions);
                    q.targetUnitIds = targets;
                    q.respondentUnitIds = List.of();
                    q.status = QuestionnaireStatus.DRAFT;
                    q.createdByName = actor.actor().displayName();
                    q.createdAt = OffsetDateTime.now();
                    return q.<Questionnaire>persistAndFlush().call(saved -> audit.record(actor.actor(), "QUESTIONNAIRE_CREATED",
                            "Questionnaire", saved.id, null, Snapshot.of(saved)));
                });
    }

    @WithTransaction
    public Uni<Questionnaire> update(ScopedActor actor, UpdateQuestionnaireInput in) {
        List<Question> questions = QuestionnaireRules.questions("input.questions", in.questions);
        return managed(actor, in.id, in.version, QuestionnaireStatus.DRAFT, "已发布的问卷不能修改 (a published questionnaire is fixed)")
                .chain(q -> SurveyUnits.round(q.regionPath, in.roundId, "input.roundId")
                        .chain(() -> SurveyUnits.check(q.regionPath, in.targetUnitIds, "input.targetUnitIds")).chain(targets -> {
                            Snapshot before = Snapshot.of(q);
                            q.title = in.title;
                            q.intro = in.intro;
                            q.roundId = in.roundId;
                            q.targetUnitIds = targets;
                            q.questions = new QuestionSet(questions);
                            return changed(actor, q, "QUESTIONNAIRE_CHANGED", before);
                        }));
    }

    @WithTransaction
    public Uni<Questionnaire> publish(ScopedActor actor, PublishQuestionnaireInput in) {
        return managed(actor, in.id, in.version, QuestionnaireStatus.DRAFT, "问卷已发布 (already published)").chain(q -> {
            Snapshot before = Snapshot.of(q);
            boolean units = in.audience == SurveyAudience.UNITS;
            boolean offices = in.audience == SurveyAudience.OFFICE_HEADS;
            if (units == (in.respondentUnitIds == null || in.respondentUnitIds.isEmpty())) {
                throw new ValidationException("input.respondentUnitIds", units ? "请选择答卷单位 (choose the respondent units)"
                        : "只有按单位发布时才选择答卷单位 (respondent units go with the UNITS audience only)");
            }
            if (offices == (in.officeUnitId == null)) {
                throw new ValidationException("input.officeUnitId", offices ? "请选择由哪个单位的科室负责人作答 (choose the unit whose office heads answer)"
                        : "只有发给科室负责人时才选择单位 (the unit goes with the OFFICE_HEADS audience only)");
            }
            Uni<Void> audience = Uni.createFrom().voidItem();
            if (units) {
                audience = SurveyUnits.check(q.regionPath, in.respondentUnitIds, "input.respondentUnitIds").invoke(ids -> {
                    for (int i = 0; i < ids.size(); i++) {
                        if (q.targetUnitIds.contains(ids.get(i))) {
                            throw new ValidationException("input.respondentUnitIds[" + i + "]", "被评单位不能评价自己 (an assessed unit does not rate itself)");
                        }
                    }
                    q.respondentUnitIds = ids;
                }).replaceWithVoid();
            } else if (offices) {
                audience = officeUnit(q, in.officeUnitId);
            } else {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                q.linkToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            return audience.chain(() -> {
                q.audience = in.audience;
                q.status = QuestionnaireStatus.PUBLISHED;
                q.publishedAt = OffsetDateTime.now();
                return changed(actor, q, "QUESTIONNAIRE_PUBLISHED", before);
            });
        });
    }

    /** 五个一's 一张问卷: the drawn unit's offices answer about it, so it is the one unit assessed. */
    private static Uni<Void> officeUnit(Questionnaire q, long unitId) {
        if (!q.targetUnitIds.isEmpty() && !q.targetUnitIds.equals(List.of(unitId))) {
            throw new ValidationException("input.officeUnitId", "发给科室负责人的问卷只评价该单位本身 (the office heads' questionnaire assesses their own unit only)");
        }
        return SurveyUnits.check(q.regionPath, List.of(unitId), "input.officeUnitId")
                .chain(() -> Unit.count("parentId = ?1 and kind = ?2", unitId, UnitKind.INTERNAL_OFFICE)).invoke(n -> {
                    if (n == 0) {
                        throw new ValidationException("input.officeUnitId", "该单位没有内设机构 (the unit has no internal offices)");
                    }
                    q.officeUnitId = unitId;
                    q.targetUnitIds = List.of(unitId);
                }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Questionnaire> close(ScopedActor actor, QuestionnaireVersionInput in) {
        return managed(actor, in.id, in.version, QuestionnaireStatus.PUBLISHED, "只有发布中的问卷可以结束 (only a published questionnaire closes)")
                .chain(q -> {
                    Snapshot before = Snapshot.of(q);
                    q.status = QuestionnaireStatus.CLOSED;
                    q.closedAt = OffsetDateTime.now();
                    return changed(actor, q, "QUESTIONNAIRE_CLOSED", before);
                });
    }

    @WithTransaction
    public Uni<Questionnaire> share(ScopedActor actor, QuestionnaireVersionInput in) {
        if (in.shared == null) {
            throw new ValidationException("input.shared", "请指明是否共享结果 (shared is required)");
        }
        return managed(actor, in.id, in.version, QuestionnaireStatus.CLOSED, "问卷结束后才能向被评单位共享结果 (results are shared once closed)")
                .chain(q -> {
                    if (q.targetUnitIds.isEmpty()) {
                        throw new ValidationException("input.id", "该问卷没有被评单位 (the questionnaire assesses no unit)");
                    }
                    Snapshot before = Snapshot.of(q);
                    q.resultsShared = in.shared;
                    return changed(actor, q, "QUESTIONNAIRE_RESULTS_SHARED", before);
                });
    }

    /** A named respondent's answer sheet; the same sheet sent again is the first one, different answers a CONFLICT. */
    @WithTransaction
    public Uni<QuestionnaireResponse> answer(ScopedActor actor, AnswerQuestionnaireInput in) {
        return Questionnaire.<Questionnaire>findById(in.questionnaireId).chain(q -> {
            SurveyPolicy.View view = q == null ? SurveyPolicy.View.NONE : SurveyPolicy.view(actor, SurveyPolicy.Facts.of(q));
            if (view == SurveyPolicy.View.NONE) {
                throw new NotFoundException(NOT_FOUND);
            }
            SurveyPolicy.answer(view, q.status).orThrow();
            List<Answer> answers = sheet(q, in.targetUnitId, in.answers, "input");
            long respondent = actor.actingUnitId();
            Object[] params = in.targetUnitId == null ? new Object[] {q.id, respondent} : new Object[] {q.id, respondent, in.targetUnitId};
            return QuestionnaireResponse.<QuestionnaireResponse>find("questionnaireId = ?1 and respondentUnitId = ?2 and "
                    + (in.targetUnitId == null ? "targetUnitId is null" : "targetUnitId = ?3"), params)
                    .firstResult().chain(existing -> {
                        if (existing != null) {
                            if (existing.answers.items().equals(answers)) {
                                return Uni.createFrom().item(existing);
                            }
                            throw new ConflictException(in.targetUnitId == null ? "本单位已提交过该问卷的答卷 (already answered)"
                                    : "本单位已提交过对该单位的答卷 (already answered for this unit)");
                        }
                        QuestionnaireResponse r = response(q, in.targetUnitId, respondent, answers);
                        return r.<QuestionnaireResponse>persistAndFlush().call(saved -> audit.record(actor.actor(),
                                "QUESTIONNAIRE_ANSWERED", "QuestionnaireResponse", saved.id, null, saved.answers));
                    });
        });
    }

    /**
     * An answer sheet through the anonymous link: NOT_FOUND for an unknown link, FORBIDDEN once closed. Nothing of the
     * caller is stored or audited.
     */
    @WithTransaction
    public Uni<Void> answerAnonymously(String token, Long targetUnitId, List<AnswerInput> in) {
        return Questionnaire.<Questionnaire>find("linkToken", token).firstResult().chain(q -> {
            if (q == null) {
                throw new NotFoundException(NOT_FOUND);
            }
            if (q.status != QuestionnaireStatus.PUBLISHED) {
                throw new cn.lvzhi.common.ForbiddenException(SurveyPolicy.NOT_OPEN);
            }
            List<Answer> answers = sheet(q, targetUnitId, in, "");
            return response(q, targetUnitId, null, answers).persistAndFlush().replaceWithVoid();
        });
    }

    private static List<Answer> sheet(Questionnaire q, Long targetUnitId, List<AnswerInput> in, String prefix) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        if (q.targetUnitIds.isEmpty() ? targetUnitId != null : targetUnitId == null || !q.targetUnitIds.contains(targetUnitId)) {
            throw new ValidationException(at + "targetUnitId", q.targetUnitIds.isEmpty() ? "该问卷不评价具体单位 (the questionnaire assesses no unit)"
                    : "请选择问卷所评价的单位之一 (choose one of the assessed units)");
        }
        return QuestionnaireRules.answers(at + "answers", q.questions.items(), in);
    }

    /** A sheet dated by the day only (Beijing), with no respondent when {@code respondent} is null. */
    private static QuestionnaireResponse response(Questionnaire q, Long targetUnitId, Long respondent, List<Answer> answers) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.questionnaireId = q.id;
        r.targetUnitId = targetUnitId;
        r.respondentUnitId = respondent;
        r.answeredOn = LocalDate.now(EvaluationPeriod.BUSINESS_ZONE);
        r.answers = new AnswerSet(answers);
        return r;
    }

    /** The questionnaire for change: seen (else NOT_FOUND), managed (else FORBIDDEN), current, in {@code status}. */
    private static Uni<Questionnaire> managed(ScopedActor actor, long id, int version, QuestionnaireStatus status, String wrongStatus) {
        return Questionnaire.<Questionnaire>findById(id).map(q -> {
            if (q == null || SurveyPolicy.view(actor, SurveyPolicy.Facts.of(q)) == SurveyPolicy.View.NONE) {
                throw new NotFoundException(NOT_FOUND);
            }
            SurveyPolicy.manage(actor, q.regionPath).orThrow();
            if (q.version != version) {
                throw new ConflictException("问卷已被他人修改（当前版本 " + q.version + "），请刷新后重试 (stale version; current is " + q.version + ")");
            }
            if (q.status != status) {
                throw new ConflictException(wrongStatus);
            }
            return q;
        });
    }

    private Uni<Questionnaire> changed(ScopedActor actor, Questionnaire q, String action, Snapshot before) {
        return q.<Questionnaire>persistAndFlush().call(saved -> audit.record(actor.actor(), action, "Questionnaire", saved.id,
                before, Snapshot.of(saved)));
    }
}

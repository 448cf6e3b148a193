package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every read of questionnaires goes through {@link SurveyPolicy}: the lists a caller sees, one questionnaire, the
 * caller's own answer sheets, and the aggregated results. No read here returns an anonymous sheet.
 */
@ApplicationScoped
public class QuestionnaireReads {
    private final ReadSessions reads;

    public QuestionnaireReads(ReadSessions reads) {
        this.reads = reads;
    }

    /** A questionnaire and how the caller sees it. */
    public record Access(Questionnaire questionnaire, SurveyPolicy.View view) {
    }

    /** The questionnaire as the actor sees it; NOT_FOUND when it does not exist for the actor. */
    public Uni<Access> access(ScopedActor actor, long id) {
        return reads.read(s -> s.get(Questionnaire.class, id)).map(q -> {
            SurveyPolicy.View view = q == null ? SurveyPolicy.View.NONE : SurveyPolicy.view(actor, SurveyPolicy.Facts.of(q));
            if (view == SurveyPolicy.View.NONE) {
                throw new NotFoundException(QuestionnaireService.NOT_FOUND);
            }
            return new Access(q, view);
        });
    }

    static SurveyPolicy.View view(ScopedActor actor, Questionnaire q) {
        return SurveyPolicy.view(actor, SurveyPolicy.Facts.of(q));
    }

    /** Does the actor see all of the questionnaire (编办 and leaders: its audience, link and counts)? */
    public static boolean seesAll(ScopedActor actor, Questionnaire q) {
        return view(actor, q) == SurveyPolicy.View.ALL;
    }

    /** What the anonymous link's page shows: no audience, no counts, no results. */
    public record PublicQuestionnaire(String title, String intro, QuestionnaireStatus status, List<Question> questions,
                                      List<PublicTarget> targets) {
    }

    /** An assessed unit the anonymous respondent chooses. */
    public record PublicTarget(long id, String name) {
    }

    /** The questionnaire of an anonymous link; NOT_FOUND for an unknown link. */
    public Uni<PublicQuestionnaire> byLink(String token) {
        return reads.read(s -> s.createSelectionQuery("from Questionnaire q where q.linkToken = :t", Questionnaire.class)
                .setParameter("t", token).getSingleResultOrNull().chain(q -> {
                    if (q == null) {
                        throw new NotFoundException(QuestionnaireService.NOT_FOUND);
                    }
                    return s.createSelectionQuery("from Unit u where u.id in :ids order by u.code", cn.lvzhi.org.Unit.class)
                            .setParameter("ids", q.targetUnitIds.isEmpty() ? List.of(-1L) : q.targetUnitIds).getResultList()
                            .map(units -> new PublicQuestionnaire(q.title, q.intro, q.status, q.questions.items(),
                                    units.stream().map(u -> new PublicTarget(u.id, u.name)).toList()));
                }));
    }

    /** The questionnaires the actor sees, newest first, optionally of a round, about a unit, in a status. */
    public Uni<QuestionnaireConnection> list(ScopedActor actor, Integer first, String after, Long roundId, Long unitId,
                                             QuestionnaireStatus status) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after);
        Map<String, Object> params = new HashMap<>();
        String where = visible(actor, params, false);
        if (where == null) {
            return Uni.createFrom().item(Paging.connection(List.<Questionnaire>of(), size, 0, q -> String.valueOf(q.id),
                    QuestionnaireConnection.QuestionnaireEdge::new, QuestionnaireConnection::new));
        }
        if (roundId != null) {
            where += " and q.roundId = :round";
            params.put("round", roundId);
        }
        if (unitId != null) {
            where += " and (array_contains(q.targetUnitIds, cast(:about as Long)) or q.officeUnitId = :about)";
            params.put("about", unitId);
        }
        if (status != null) {
            where += " and q.status = :status";
            params.put("status", status);
        }
        return NewestFirst.page(reads, "q", " from Questionnaire q where " + where, params, after, size, Questionnaire.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), q -> String.valueOf(q.id),
                        QuestionnaireConnection.QuestionnaireEdge::new, QuestionnaireConnection::new));
    }

    /** The published questionnaires addressed to the caller's unit or office (待填问卷), newest first. */
    public Uni<List<Questionnaire>> toAnswer(ScopedActor actor) {
        Map<String, Object> params = new HashMap<>();
        String where = visible(actor, params, true);
        if (where == null) {
            return Uni.createFrom().item(List.of());
        }
        params.put("published", QuestionnaireStatus.PUBLISHED);
        return reads.read(s -> {
            var query = s.createSelectionQuery("from Questionnaire q where " + where + " and q.status = :published order by q.id desc",
                    Questionnaire.class).setMaxResults(Paging.MAX_PAGE);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /**
     * The where clause of what the actor sees ({@code respondentOnly}: only what is addressed to it), mirroring
     * {@link SurveyPolicy#view}; null when it sees nothing.
     */
    private static String visible(ScopedActor actor, Map<String, Object> params, boolean respondentOnly) {
        params.put("region", actor.regionPath() + "%");
        String region = "q.regionPath like :region";
        if (SurveyPolicy.seesWholeRegion(actor) && !respondentOnly) {
            return region;
        }
        if (!SurveyPolicy.mayTakePart(actor)) {
            return null;
        }
        params.put("unit", actor.unitId());
        params.put("draft", QuestionnaireStatus.DRAFT);
        if (actor.officePath() != null) {
            params.put("offices", SurveyAudience.OFFICE_HEADS);
            return region + " and q.status <> :draft and q.audience = :offices and q.officeUnitId = :unit";
        }
        params.put("units", SurveyAudience.UNITS);
        String respondent = "q.audience = :units and array_contains(q.respondentUnitIds, cast(:unit as Long))";
        if (respondentOnly) {
            return region + " and q.status <> :draft and " + respondent;
        }
        params.put("closed", QuestionnaireStatus.CLOSED);
        return region + " and q.status <> :draft and (" + respondent
                + " or (q.resultsShared = true and q.status = :closed and array_contains(q.targetUnitIds, cast(:unit as Long))))";
    }

    /** The caller's own answer sheets of each questionnaire (a respondent's; nobody else reads a sheet). */
    public Uni<Map<Long, List<QuestionnaireResponse>>> own(ScopedActor actor, List<Questionnaire> list) {
        List<Long> ids = list.stream().filter(q -> view(actor, q) == SurveyPolicy.View.RESPONDENT).map(q -> q.id).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from QuestionnaireResponse r where r.questionnaireId in :ids"
                        + " and r.respondentUnitId = :me order by r.id", QuestionnaireResponse.class)
                .setParameter("ids", ids).setParameter("me", actor.actingUnitId()).getResultList())
                .map(rows -> {
                    Map<Long, List<QuestionnaireResponse>> out = new HashMap<>();
                    rows.forEach(r -> out.computeIfAbsent(r.questionnaireId, k -> new ArrayList<>()).add(r));
                    return out;
                });
    }

    /** How many sheets each questionnaire has (one grouped count). */
    public Uni<Map<Long, Long>> counts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("select r.questionnaireId, count(r) from QuestionnaireResponse r"
                        + " where r.questionnaireId in :ids group by r.questionnaireId", Object[].class)
                .setParameter("ids", ids).getResultList()).map(rows -> {
                    Map<Long, Long> out = new HashMap<>();
                    rows.forEach(r -> out.put((Long) r[0], (Long) r[1]));
                    return out;
                });
    }

    /** The names of the rounds, by id (one query). */
    public Uni<Map<Long, String>> roundNames(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from EvaluationRound r where r.id in :ids", EvaluationRound.class)
                .setParameter("ids", roundIds).getResultList()).map(rows -> {
                    Map<Long, String> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.id, r.name));
                    return out;
                });
    }

    /**
     * The aggregated results about one assessed unit ({@code targetUnitId}) or all answers, once the policy lets the
     * caller read them; an assessed unit reads its own without naming itself.
     */
    public Uni<QuestionnaireResults> results(ScopedActor actor, long id, Long targetUnitId) {
        return access(actor, id).chain(a -> {
            Long target = a.view() == SurveyPolicy.View.TARGET && targetUnitId == null ? Long.valueOf(actor.unitId()) : targetUnitId;
            SurveyPolicy.results(actor, a.view(), target).orThrow();
            Questionnaire q = a.questionnaire();
            if (target != null && !q.targetUnitIds.contains(target)) {
                throw new cn.lvzhi.common.ValidationException("targetUnitId", "该单位不是此问卷的被评单位 (not an assessed unit of the questionnaire)");
            }
            return reads.read(s -> {
                var query = s.createSelectionQuery("from QuestionnaireResponse r where r.questionnaireId = :q"
                        + (target == null ? "" : " and r.targetUnitId = :t"), QuestionnaireResponse.class).setParameter("q", q.id);
                if (target != null) {
                    query.setParameter("t", target);
                }
                return query.getResultList();
            }).map(rows -> {
                Map<Long, List<List<Answer>>> byTarget = null;
                if (target == null && !q.targetUnitIds.isEmpty()) {
                    byTarget = new LinkedHashMap<>();
                    for (Long unit : q.targetUnitIds) {
                        byTarget.put(unit, new ArrayList<>());
                    }
                    for (QuestionnaireResponse r : rows) {
                        byTarget.computeIfAbsent(r.targetUnitId, k -> new ArrayList<>()).add(r.answers.items());
                    }
                }
                return SurveyResults.of(q.id, target, q.questions.items(), rows.stream().map(r -> r.answers.items()).toList(), byTarget);
            });
        });
    }
}

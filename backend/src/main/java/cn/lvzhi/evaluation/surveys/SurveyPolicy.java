package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and does what with questionnaires (问卷): 编办 of the region designs, publishes, closes and reads the results;
 * leaders of the region read everything; a named respondent (a unit of a UNITS audience, or an internal office of the
 * unit of an OFFICE_HEADS audience) sees a published questionnaire addressed to it and its own answers, never the
 * others' nor the results; an assessed unit sees its own results of a closed questionnaire only when 编办 shares them
 * (编办 decides whether the results are fit to show the unit, e.g. enough answers that no one answer stands out);
 * everyone else sees nothing (NOT_FOUND). Anonymous answers are never read one by one by anyone: no rule here opens one.
 */
public final class SurveyPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办设计和管理问卷 (only the establishment office of the region manages questionnaires)";
    static final String RESULTS_HIDDEN = "答卷单位只能查看本单位的答卷，不能查看汇总结果 (a respondent sees its own answers, not the results)";
    static final String OTHER_TARGET = "只能查看本单位的测评结果 (an assessed unit reads its own results only)";
    static final String NOT_OPEN = "问卷未在发布中，不能作答 (the questionnaire is not open for answers)";
    static final String NOT_RESPONDENT = "本单位不是该问卷的答卷对象 (the questionnaire is not addressed to the caller)";

    /** How an actor sees one questionnaire. */
    public enum View {
        /** 编办 and leaders of the region: everything, the results of every assessed unit. */
        ALL,
        /** A named respondent of a published or closed questionnaire: it, and its own answers. */
        RESPONDENT,
        /** An assessed unit of a closed questionnaire whose results 编办 shared: its own results. */
        TARGET,
        NONE
    }

    /** The facts of a questionnaire a rule needs. */
    public record Facts(String regionPath, QuestionnaireStatus status, SurveyAudience audience, java.util.List<Long> targets,
                        java.util.List<Long> respondents, Long officeUnitId, boolean shared) {
        static Facts of(Questionnaire q) {
            return new Facts(q.regionPath, q.status, q.audience, q.targetUnitIds, q.respondentUnitIds, q.officeUnitId, q.resultsShared);
        }
    }

    private SurveyPolicy() {
    }

    public static View view(ScopedActor actor, Facts q) {
        if (actor.actor().system() || !actor.regionHolds(q.regionPath())) {
            return View.NONE;
        }
        if (seesWholeRegion(actor)) {
            return View.ALL;
        }
        if (q.status() == QuestionnaireStatus.DRAFT || !actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP)) {
            return View.NONE;
        }
        if (respondent(actor, q)) {
            return View.RESPONDENT;
        }
        boolean target = actor.officePath() == null && q.targets().contains(actor.unitId());
        return target && q.shared() && q.status() == QuestionnaireStatus.CLOSED ? View.TARGET : View.NONE;
    }

    /** Is the actor one of the questionnaire's named respondents (its unit, or for OFFICE_HEADS its office)? */
    static boolean respondent(ScopedActor actor, Facts q) {
        if (q.audience() == SurveyAudience.UNITS) {
            return actor.officePath() == null && q.respondents().contains(actor.unitId());
        }
        return q.audience() == SurveyAudience.OFFICE_HEADS && actor.officePath() != null
                && q.officeUnitId() != null && q.officeUnitId() == actor.unitId();
    }

    /** 编办 and leaders of a region see all its questionnaires. */
    public static boolean seesWholeRegion(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** Units and their offices may be respondents or assessed units; the other roles never see a questionnaire. */
    public static boolean mayTakePart(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
    }

    /** May the actor design, publish, close or share the questionnaires of the region at {@code regionPath}? */
    public static Decision manage(ScopedActor actor, String regionPath) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(regionPath)
                ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May the actor answer a questionnaire it sees as {@code view}? */
    public static Decision answer(View view, QuestionnaireStatus status) {
        if (view != View.RESPONDENT) {
            return Decision.refuse(NOT_RESPONDENT);
        }
        return status == QuestionnaireStatus.PUBLISHED ? Decision.ALLOW : Decision.refuse(NOT_OPEN);
    }

    /**
     * May the actor read the aggregated results about {@code targetUnitId} (null: every assessed unit, or a questionnaire
     * assessing none) of a questionnaire it sees as {@code view}?
     */
    public static Decision results(ScopedActor actor, View view, Long targetUnitId) {
        return switch (view) {
            case ALL -> Decision.ALLOW;
            case TARGET -> targetUnitId != null && targetUnitId == actor.unitId() ? Decision.ALLOW : Decision.refuse(OTHER_TARGET);
            default -> Decision.refuse(RESULTS_HIDDEN);
        };
    }
}

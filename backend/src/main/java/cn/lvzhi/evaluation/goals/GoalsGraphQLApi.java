package cn.lvzhi.evaluation.goals;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.files.EvaluationFileInfo;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.goals.Payloads.DeletedPayload;
import cn.lvzhi.evaluation.goals.Payloads.GoalPayload;
import cn.lvzhi.evaluation.goals.Payloads.GoalsPayload;
import cn.lvzhi.evaluation.goals.Payloads.ProgressPayload;
import cn.lvzhi.evaluation.goals.Payloads.PublishedPayload;
import cn.lvzhi.evaluation.goals.Payloads.VerificationPayload;
import cn.lvzhi.evaluation.goals.inputs.DraftDutyGoalInput;
import cn.lvzhi.evaluation.goals.inputs.GoalVersionInput;
import cn.lvzhi.evaluation.goals.inputs.PublishDutyGoalsInput;
import cn.lvzhi.evaluation.goals.inputs.RecordGoalVerificationInput;
import cn.lvzhi.evaluation.goals.inputs.ReportGoalProgressInput;
import cn.lvzhi.evaluation.goals.inputs.ReviewDutyGoalInput;
import cn.lvzhi.evaluation.goals.inputs.SubmitYearGoalsInput;
import cn.lvzhi.evaluation.goals.inputs.UpdateDutyGoalInput;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.mandates.Duty;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** GraphQL entry for duty goals (年度履职目标), their progress and verification, and the coverage report. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class GoalsGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final GoalReads reads;
    private final GoalService goals;
    private final UnitReads units;
    private final EvaluationFiles files;

    public GoalsGraphQLApi(CurrentScopedActor currentActor, GoalReads reads, GoalService goals, UnitReads units,
                           EvaluationFiles files) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.goals = goals;
        this.units = units;
        this.files = files;
    }

    @Query("dutyGoals")
    @NonNull
    @Description("Duty goals the caller sees: the region's published ones, and unpublished ones of its own unit (编办 and leaders: all)")
    public Uni<DutyGoalConnection> dutyGoals(DutyGoalFilter filter, Integer first, String after) {
        return currentActor.get().chain(a -> reads.goals(a, filter, first, after));
    }

    @Query("dutyGoal")
    @NonNull
    public Uni<DutyGoal> dutyGoal(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.goal(a, id)).map(GoalReads.Located::goal);
    }

    @Query("goalCoverage")
    @NonNull
    @Description("Per department and township: duties of its 三定 with no goal that year, goals with no duty (编办 and leaders: the region; a unit: its own)")
    public Uni<List<@NonNull GoalCoverage>> goalCoverage(@NonNull Integer year, @Id Long unitId) {
        return currentActor.get().chain(a -> reads.coverage(a, year, unitId));
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> goalUnit(@Source List<DutyGoal> goals) {
        return units.byIds(goals.stream().map(g -> g.unitId).distinct().toList()).map(byId -> pick(goals, g -> g.unitId, byId));
    }

    @Name("office")
    public Uni<List<Unit>> goalOffice(@Source List<DutyGoal> goals) {
        return units.byIds(ids(goals, g -> g.officeId)).map(byId -> pick(goals, g -> g.officeId, byId));
    }

    @Name("duty")
    public Uni<List<Duty>> goalDuty(@Source List<DutyGoal> goals) {
        return reads.duties(ids(goals, g -> g.dutyId)).map(byId -> pick(goals, g -> g.dutyId, byId));
    }

    @Name("powerItem")
    public Uni<List<ListItem>> goalPowerItem(@Source List<DutyGoal> goals) {
        return reads.powerItems(ids(goals, g -> g.powerItemId)).map(byId -> pick(goals, g -> g.powerItemId, byId));
    }

    @Name("milestones")
    @NonNull
    public Uni<List<@NonNull List<@NonNull GoalMilestone>>> milestones(@Source List<DutyGoal> goals) {
        return reads.milestones(ids(goals, g -> g.id)).map(byGoal -> lists(goals, byGoal));
    }

    @Name("progress")
    @NonNull
    @Description("The progress reports (履职进展) against the goal's milestones, oldest first")
    public Uni<List<@NonNull List<@NonNull GoalProgress>>> progress(@Source List<DutyGoal> goals) {
        return reads.progress(ids(goals, g -> g.id)).map(byGoal -> lists(goals, byGoal));
    }

    @Name("verifications")
    @NonNull
    @Description("编办's on-site verifications (察访核验); shown to the goal's unit, 编办 and leaders, empty for others")
    public Uni<List<@NonNull List<@NonNull GoalVerification>>> verifications(@Source List<DutyGoal> goals) {
        return currentActor.get().chain(a -> reads.verifications(a, goals)).map(byGoal -> lists(goals, byGoal));
    }

    @Name("files")
    @NonNull
    @Description("The evidence files of the report (download: GET /api/evaluation/files/{id})")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> progressFiles(@Source List<GoalProgress> reports) {
        return files.perItem(reports, p -> p.fileIds);
    }

    @Name("methods")
    @NonNull
    public List<@NonNull VerificationMethod> methods(@Source GoalVerification v) {
        return v.methodNames.stream().map(VerificationMethod::valueOf).toList();
    }

    @Mutation("draftDutyGoal")
    @NonNull
    @Description("A department or township drafts a goal of its own unit for a year")
    public Uni<GoalPayload> draftDutyGoal(@NonNull DraftDutyGoalInput input) {
        return currentActor.get().chain(a -> goals.draft(a, input)).map(GoalPayload::new);
    }

    @Mutation("updateDutyGoal")
    @NonNull
    @Description("The unit edits a draft or returned goal (milestones replaced as given)")
    public Uni<GoalPayload> updateDutyGoal(@NonNull UpdateDutyGoalInput input) {
        return currentActor.get().chain(a -> goals.update(a, input)).map(GoalPayload::new);
    }

    @Mutation("deleteDutyGoal")
    @NonNull
    @Description("The unit deletes a draft or returned goal")
    public Uni<DeletedPayload> deleteDutyGoal(@NonNull GoalVersionInput input) {
        return currentActor.get().chain(a -> goals.delete(a, input)).map(DeletedPayload::new);
    }

    @Mutation("submitDutyGoal")
    @NonNull
    @Description("The unit submits one draft or returned goal to 编办")
    public Uni<GoalPayload> submitDutyGoal(@NonNull GoalVersionInput input) {
        return currentActor.get().chain(a -> goals.submit(a, input)).map(GoalPayload::new);
    }

    @Mutation("submitDutyGoals")
    @NonNull
    @Description("The unit submits all its draft and returned goals of a year")
    public Uni<GoalsPayload> submitDutyGoals(@NonNull SubmitYearGoalsInput input) {
        return currentActor.get().chain(a -> goals.submitYear(a, input)).map(GoalsPayload::new);
    }

    @Mutation("reviewDutyGoal")
    @NonNull
    @Description("编办 accepts a submitted goal, or returns it with a comment")
    public Uni<GoalPayload> reviewDutyGoal(@NonNull ReviewDutyGoalInput input) {
        return currentActor.get().chain(a -> goals.review(a, input)).map(GoalPayload::new);
    }

    @Mutation("publishDutyGoals")
    @NonNull
    @Description("编办 publishes the year's accepted goals of its region; those not accepted yet are counted and wait")
    public Uni<PublishedPayload> publishDutyGoals(@NonNull PublishDutyGoalsInput input) {
        return currentActor.get().chain(a -> goals.publish(a, input));
    }

    @Mutation("reportGoalProgress")
    @NonNull
    @Description("The goal's unit reports progress on a milestone of its published goal")
    public Uni<ProgressPayload> reportGoalProgress(@NonNull ReportGoalProgressInput input) {
        return currentActor.get().chain(a -> goals.reportProgress(a, input)).map(ProgressPayload::new);
    }

    @Mutation("recordGoalVerification")
    @NonNull
    @Description("编办 records an on-site verification (察访核验) of a published goal or milestone")
    public Uni<VerificationPayload> recordGoalVerification(@NonNull RecordGoalVerificationInput input) {
        return currentActor.get().chain(a -> goals.verify(a, input)).map(VerificationPayload::new);
    }

    private static List<Long> ids(List<DutyGoal> goals, Function<DutyGoal, Long> id) {
        return goals.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> List<T> pick(List<DutyGoal> goals, Function<DutyGoal, Long> id, Map<Long, T> byId) {
        return goals.stream().map(g -> id.apply(g) == null ? null : byId.get(id.apply(g))).toList();
    }

    private static <T> List<List<T>> lists(List<DutyGoal> goals, Map<Long, List<T>> byGoal) {
        return goals.stream().map(g -> byGoal.getOrDefault(g.id, List.of())).toList();
    }
}

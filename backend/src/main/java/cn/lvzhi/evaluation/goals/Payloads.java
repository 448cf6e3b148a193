package cn.lvzhi.evaluation.goals;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The results of the duty goals' mutations. */
public final class Payloads {
    private Payloads() {
    }

    /** A goal after a change. */
    @Type("DutyGoalPayload")
    public record GoalPayload(@NonNull DutyGoal goal) {
    }

    /** The goals a change touched (submitting a year's drafts). */
    @Type("DutyGoalsPayload")
    public record GoalsPayload(@NonNull List<@NonNull DutyGoal> goals) {
    }

    /** A deleted draft. */
    @Type("DeleteDutyGoalPayload")
    public record DeletedPayload(@NonNull @org.eclipse.microprofile.graphql.Id Long deletedId) {
    }

    /** What publishing a year did. */
    @Type("PublishDutyGoalsPayload")
    public record PublishedPayload(
            @NonNull @Description("Goals published now") int published,
            @NonNull @Description("Goals of the year still drafted, submitted or returned: published once accepted, in a later pass") int notYetAccepted) {
    }

    @Type("GoalProgressPayload")
    public record ProgressPayload(@NonNull GoalProgress progress) {
    }

    @Type("GoalVerificationPayload")
    public record VerificationPayload(@NonNull GoalVerification verification) {
    }
}

package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.evaluation.SubmissionForm;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The two deadlines of a form (报送时限): on time, and the later lock; with a unit, an override for that unit only. */
@Input("EvaluationDeadlineInput")
public class DeadlineInput {
    @Id @Description("Only for this unit of the round (an override); absent for every unit") public Long unitId;
    @NonNull public SubmissionForm form;
    @NonNull @Description("Submitted after this, the submission counts as late") public OffsetDateTime dueAt;
    @NonNull @Description("No submission is accepted after this (not before dueAt)") public OffsetDateTime locksAt;
}

package cn.lvzhi.evaluation.rounds.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Issue reminder letters (提醒函) to the round's units still missing something past its due time. */
@Input("IssueReminderLettersInput")
public class IssueReminderLettersInput {
    @NonNull @Id public Long roundId;
}

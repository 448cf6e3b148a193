package cn.lvzhi.evaluation.forms;

import cn.lvzhi.evaluation.rounds.Submission;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's “1+3” form in a round as the caller sees it: the submission (status, deadlines, 编办's last comment), the
 * current draft over the unit's goals or boundary items (pre-filled until first saved), every submitted version with
 * its review, and, for suggestions, the offices and duties to name.
 */
@Type("EvaluationForm")
public record EvaluationForm(@NonNull @Id long id, @NonNull Submission submission, @NonNull @Id long roundId,
                             @NonNull @Description("The draft version to send with the next save (0: never saved)") int draftVersion,
                             OffsetDateTime savedAt, String savedByName, @NonNull FormContent content,
                             @NonNull List<@NonNull FormVersion> versions, @NonNull List<@NonNull FormOffice> offices,
                             @NonNull @Description("The caller may save and submit it now") boolean editable,
                             @NonNull @Description("The caller may review the submitted version now") boolean reviewable) {
}

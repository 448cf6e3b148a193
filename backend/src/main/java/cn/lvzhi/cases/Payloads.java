package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** Results of the case mutations. */
public final class Payloads {
    private Payloads() {
    }

    /** Result of reporting, accepting, closing or cancelling a case. */
    @Type("CasePayload")
    public record CasePayload(@Name("case") @NonNull Case caseFile) {
    }

    /** Result of dispatching a case: the case and the dispatches created. */
    @Type("DispatchCasePayload")
    public record DispatchCasePayload(@Name("case") @NonNull Case caseFile, @NonNull List<@NonNull Dispatch> dispatches) {
    }

    /** Result of signing for, refusing or replying to a dispatch. */
    @Type("DispatchPayload")
    public record DispatchPayload(@NonNull Dispatch dispatch, @Name("case") @NonNull Case caseFile) {
    }

    /** Result of rating a dispatch. */
    @Type("RatingPayload")
    public record RatingPayload(@NonNull Rating rating) {
    }

    /** Result of a reminder. */
    @Type("ReminderPayload")
    public record ReminderPayload(@NonNull Reminder reminder) {
    }

    /** Result of appealing a rating or deciding an appeal. */
    @Type("AppealPayload")
    public record AppealPayload(@NonNull Appeal appeal) {
    }
}

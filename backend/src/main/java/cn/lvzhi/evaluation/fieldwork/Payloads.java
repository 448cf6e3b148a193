package cn.lvzhi.evaluation.fieldwork;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The results of the 五个一 mutations. */
public final class Payloads {
    private Payloads() {
    }

    /** The report after a save, a submission or a review, with the problems the review raised. */
    @Type("FieldworkReportPayload")
    public record ReportPayload(@NonNull FieldworkReport report, @NonNull int problemsRaised) {
    }

    /** The letter after it was issued or replied to. */
    @Type("FieldworkInquiryLetterPayload")
    public record LetterPayload(@NonNull InquiryLetter letter) {
    }

    /** The problem raised from a letter's reply: its id in the ledger's source table. */
    @Type("FieldworkProblemPayload")
    public record ProblemPayload(@NonNull @org.eclipse.microprofile.graphql.Id Long problemId) {
    }

    /** The symposium record after it was recorded, with the problems its points raised now. */
    @Type("FieldworkSymposiumPayload")
    public record SymposiumPayload(@NonNull Symposium symposium, @NonNull int problemsRaised) {
    }
}

package cn.lvzhi.evaluation.forms;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The results of the forms' mutations. */
public final class FormPayloads {
    private FormPayloads() {
    }

    /** A saved or submitted form. */
    @Type("EvaluationFormPayload")
    public record FormPayload(@NonNull EvaluationForm form) {
    }

    /** A reviewed form, with the problems raised and the 清单变更 proposals drafted from accepted suggestions. */
    @Type("ReviewEvaluationFormPayload")
    public record ReviewPayload(@NonNull EvaluationForm form, @NonNull @Id List<@NonNull Long> problemIds,
                                @NonNull @Id List<@NonNull Long> listChangeIds) {
    }
}

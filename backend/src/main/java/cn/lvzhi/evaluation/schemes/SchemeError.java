package cn.lvzhi.evaluation.schemes;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One error of a scheme found by {@link SchemeValidation}: the input path of the offending field
 * ({@code input.indicators[3].rule.floor}) and what is wrong, in Chinese first.
 */
@Type("SchemeError")
public record SchemeError(@NonNull String field, @NonNull String message) {
}

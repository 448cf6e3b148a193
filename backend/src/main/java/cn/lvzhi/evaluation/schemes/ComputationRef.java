package cn.lvzhi.evaluation.schemes;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The computation a COMPUTED indicator names, with its parameters as text (type-checked against its declaration). */
public record ComputationRef(@NonNull String name, @NonNull List<@NonNull Param> params) {
    public ComputationRef {
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** One parameter value, e.g. {@code windowDays = 30}. */
    @Type("ComputationParam")
    public record Param(@NonNull String name, @NonNull String value) {
    }
}

package cn.lvzhi.evaluation.schemes;

import java.util.List;

/** The computation a COMPUTED indicator names, with its parameters as text (type-checked against its declaration). */
public record ComputationRef(String name, List<Param> params) {
    public ComputationRef {
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** One parameter value, e.g. {@code windowDays = 30}. */
    public record Param(String name, String value) {
    }
}

package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.computations.ParamSpec;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A computation a COMPUTED indicator may name, as the scheme builder lists it: what it counts and its parameters. */
@Type("SchemeComputation")
public record SchemeComputation(@NonNull String name, @NonNull String description, @NonNull FigureKind figureKind,
                                @NonNull List<@NonNull Parameter> parameters) {

    /** A declared parameter: its type, its default (none when required) and what it means. */
    @Type("SchemeComputationParameter")
    public record Parameter(@NonNull String name, @NonNull ParamSpec.ParamType type, String defaultValue,
                            @NonNull String description, @NonNull boolean required) {
    }

    static SchemeComputation of(Computation c) {
        return new SchemeComputation(c.name(), c.description(), c.figureKind(), c.parameters().stream()
                .map(p -> new Parameter(p.name(), p.type(), p.defaultValue(), p.description(), p.defaultValue() == null)).toList());
    }
}

package cn.lvzhi.evaluation.computations;

import java.util.List;

/** A computation's declaration (name, what it counts, figure kind, parameters) held once; subclasses only compute. */
abstract class BaseComputation implements Computation {
    private final String name;
    private final String description;
    private final FigureKind figureKind;
    private final List<ParamSpec> parameters;

    BaseComputation(String name, String description, FigureKind figureKind, List<ParamSpec> parameters) {
        this.name = name;
        this.description = description;
        this.figureKind = figureKind;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FigureKind figureKind() {
        return figureKind;
    }

    @Override
    public List<ParamSpec> parameters() {
        return parameters;
    }
}

package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.Computations;
import cn.lvzhi.evaluation.computations.FigureKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/** The {@link LeafFigure} of each leaf of a scheme, with the kinds the computations declare. */
@ApplicationScoped
public class LeafFigures {
    private final Computations computations;

    public LeafFigures(Computations computations) {
        this.computations = computations;
    }

    public LeafFigure of(IndicatorNode leaf) {
        FigureKind computed = leaf.source() == IndicatorSource.COMPUTED && leaf.computation() != null
                ? computations.find(leaf.computation().name()).map(Computation::figureKind).orElse(null) : null;
        return LeafFigure.of(leaf, computed);
    }

    /** Every leaf's figure by its code. */
    public Map<String, LeafFigure> of(SchemeDocument scheme) {
        Map<String, LeafFigure> figures = new HashMap<>();
        for (IndicatorNode leaf : scheme.leaves()) {
            figures.put(leaf.code(), of(leaf));
        }
        return figures;
    }
}

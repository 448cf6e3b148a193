package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.computations.ParamSpec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A computation registered only in tests, so the scheme API is tested on a computed indicator with typed parameters
 * whatever computations the application has: every unit has nothing to count.
 */
@ApplicationScoped
public class SchemeTestComputation implements Computation {
    static final String NAME = "TEST_SCHEME_RATE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "测试用计算方法 (a computation of the scheme tests)";
    }

    @Override
    public FigureKind figureKind() {
        return FigureKind.RATE;
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(new ParamSpec("windowDays", ParamSpec.ParamType.INTEGER, null, "统计窗口天数"),
                new ParamSpec("countPartly", ParamSpec.ParamType.BOOLEAN, "true", "部分计入"));
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        Map<Long, ComputedFigure> figures = new HashMap<>();
        unitIds.forEach(id -> figures.put(id, ComputedFigure.nothingToCount(List.of())));
        return Uni.createFrom().item(figures);
    }
}

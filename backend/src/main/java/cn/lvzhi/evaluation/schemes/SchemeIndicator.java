package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator of a scheme as the API shows it: the stored node, where it stands in the tree, the points it weighs for
 * each category it applies to, and its counterpart in last year's scheme.
 */
@Type("SchemeIndicator")
public record SchemeIndicator(@NonNull String code, String parentCode, @NonNull String name, String description,
                              @NonNull int depth, @Name("isLeaf") @NonNull boolean leaf, @NonNull BigDecimal points,
                              @NonNull List<IndicatorNode.@NonNull CategoryPoints> pointsByCategory,
                              @NonNull List<@NonNull EvaluationCategory> categories,
                              @Description("The points it weighs for each category it applies to (差异化分值 applied)")
                              @NonNull List<IndicatorNode.@NonNull CategoryPoints> effectivePoints,
                              IndicatorSource source, String sourceBody, ScoringRule rule, ComputationRef computation,
                              String previousCode, @NonNull boolean comparable, IndicatorCounterpart previous) {

    /** Last year's counterpart of an indicator. */
    @Type("IndicatorCounterpart")
    public record IndicatorCounterpart(@NonNull String code, @NonNull String name) {
    }

    /** The indicators of a document in pre-order, each placed in the tree and linked to last year's ({@code previous} may be null). */
    public static List<SchemeIndicator> of(SchemeDocument document, SchemeDocument previous) {
        Map<String, Integer> depth = new HashMap<>();
        List<SchemeIndicator> out = new ArrayList<>();
        for (IndicatorNode n : document.indicators()) {
            int d = n.parentCode() == null ? 0 : depth.getOrDefault(n.parentCode(), 0) + 1;
            depth.put(n.code(), d);
            List<IndicatorNode.CategoryPoints> effective = new ArrayList<>();
            for (EvaluationCategory c : EvaluationCategory.values()) {
                if (n.appliesTo(c)) {
                    effective.add(new IndicatorNode.CategoryPoints(c, n.pointsFor(c)));
                }
            }
            IndicatorCounterpart counterpart = previous == null || n.previousCode() == null ? null
                    : previous.node(n.previousCode()).map(p -> new IndicatorCounterpart(p.code(), p.name())).orElse(null);
            out.add(new SchemeIndicator(n.code(), n.parentCode(), n.name(), n.description(), d, document.isLeaf(n.code()),
                    n.points(), n.pointsByCategory(), n.categories(), effective, n.source(), n.sourceBody(), n.rule(),
                    n.computation(), n.previousCode(), n.comparable(), counterpart));
        }
        return out;
    }
}

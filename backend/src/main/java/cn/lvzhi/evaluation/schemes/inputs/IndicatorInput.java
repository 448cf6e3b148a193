package cn.lvzhi.evaluation.schemes.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.schemes.ComputationRef;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.ScoringRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a scheme as the office edits it, in pre-order; the rules of the tree as a whole (sums, rules, computations)
 * are checked together by {@code SchemeValidation}, which names every error.
 */
@Input("EvaluationIndicatorInput")
public class IndicatorInput {
    @Text(label = "指标编码", max = 20, singleLine = true, required = false)
    public String code;
    @Text(label = "上级指标编码", max = 20, singleLine = true, required = false)
    public String parentCode;
    @NonNull
    @Text(label = "指标名称", max = 200, singleLine = true)
    public String name;
    @Text(label = "指标说明", max = 2000, required = false)
    public String description;
    public BigDecimal points;
    @Size(max = 7)
    public List<@NonNull @Valid CategoryPointsInput> pointsByCategory;
    @Size(max = 7)
    public List<@NonNull EvaluationCategory> categories;
    public IndicatorSource source;
    @Text(label = "数据提供单位", max = 100, singleLine = true, required = false)
    public String sourceBody;
    @Valid
    public ScoringRuleInput rule;
    @Valid
    public ComputationInput computation;
    @Text(label = "上年度对应指标编码", max = 20, singleLine = true, required = false)
    public String previousCode;
    public Boolean comparable;

    /** The node as stored. */
    public IndicatorNode toNode() {
        return new IndicatorNode(code, parentCode, name, description, points,
                pointsByCategory == null ? List.of() : pointsByCategory.stream()
                        .map(p -> new IndicatorNode.CategoryPoints(p.category, p.points)).toList(),
                categories, source, sourceBody,
                rule == null ? null : new ScoringRule(rule.kind, rule.target, rule.perOccurrence, rule.floor, rule.cap, rule.threshold),
                computation == null ? null : computation.toRef(), previousCode, Boolean.TRUE.equals(comparable));
    }

    /** A weight for one category (差异化分值). */
    @Input("EvaluationCategoryPointsInput")
    public static class CategoryPointsInput {
        @NonNull public EvaluationCategory category;
        @NonNull public BigDecimal points;
    }

    /** The scoring rule; which parameters a kind uses is checked with the scheme. */
    @Input("EvaluationScoringRuleInput")
    public static class ScoringRuleInput {
        @NonNull public cn.lvzhi.evaluation.ScoringRuleKind kind;
        public BigDecimal target;
        public BigDecimal perOccurrence;
        public BigDecimal floor;
        public BigDecimal cap;
        public BigDecimal threshold;
    }

    /** The computation of a COMPUTED indicator, with its parameters as text. */
    @Input("EvaluationComputationInput")
    public static class ComputationInput {
        @Text(label = "计算方法", max = 60, singleLine = true, required = false)
        public String name;
        @Size(max = 20)
        public List<@NonNull @Valid ParamInput> params;

        ComputationRef toRef() {
            return new ComputationRef(name, params == null ? List.of()
                    : params.stream().map(p -> new ComputationRef.Param(p.name, p.value)).toList());
        }
    }

    /** One parameter value. */
    @Input("EvaluationComputationParamInput")
    public static class ParamInput {
        @NonNull
        @Text(label = "参数名", max = 60, singleLine = true)
        public String name;
        @Text(label = "参数值", max = 200, singleLine = true, required = false)
        public String value;
    }
}

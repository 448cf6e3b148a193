package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.ScoringRuleKind;

import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/**
 * A leaf's scoring rule as data; which parameters a kind uses (the others are null):
 * PROPORTIONAL {@code target}; DEDUCTION {@code perOccurrence}, {@code floor}; BONUS {@code perOccurrence},
 * {@code cap}; PASS_FAIL {@code threshold}; DIRECT none.
 */
public record ScoringRule(@NonNull ScoringRuleKind kind, BigDecimal target, BigDecimal perOccurrence, BigDecimal floor,
                          BigDecimal cap, BigDecimal threshold) {
}

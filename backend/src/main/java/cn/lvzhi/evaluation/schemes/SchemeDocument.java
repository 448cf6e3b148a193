package cn.lvzhi.evaluation.schemes;

import java.util.List;

/**
 * The indicator tree of a scheme as stored (evaluation_scheme.document): every node in pre-order, each naming its
 * parent by code (aspects have none). Validated whole by {@code SchemeValidation} before it is saved.
 */
public record SchemeDocument(List<IndicatorNode> indicators) {
    public SchemeDocument {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The nodes whose parent is {@code parentCode} (the top-level aspects for null), in order. */
    public List<IndicatorNode> children(String parentCode) {
        return indicators.stream().filter(n -> java.util.Objects.equals(n.parentCode(), parentCode)).toList();
    }

    /** True when no node names {@code code} as its parent. */
    public boolean isLeaf(String code) {
        return indicators.stream().noneMatch(n -> code.equals(n.parentCode()));
    }

    /** The leaves (the indicators that get a score row), in pre-order. */
    public List<IndicatorNode> leaves() {
        return indicators.stream().filter(n -> isLeaf(n.code())).toList();
    }

    public java.util.Optional<IndicatorNode> node(String code) {
        return indicators.stream().filter(n -> n.code().equals(code)).findFirst();
    }
}

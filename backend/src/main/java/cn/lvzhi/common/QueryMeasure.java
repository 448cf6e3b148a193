package cn.lvzhi.common;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The size of a GraphQL document as it would execute: every fragment spread expanded where it is used, so a
 * fragment spread twice counts twice. Fields, aliases and depth are summed over every operation; a fragment's
 * own size is computed once and reused (memoised), so measuring stays linear in the document's length even when
 * the expansion is exponential, and the sums saturate instead of overflowing. Validation has not run yet when
 * this measures, so the measure itself refuses a fragment cycle or a spread of an unknown fragment.
 *
 * @param fields  field selections after expansion (each is one unit of work; also the document's cost)
 * @param depth   the deepest field nesting after expansion (a top-level field is at depth 1)
 * @param aliases aliased field selections after expansion
 */
public record QueryMeasure(long fields, int depth, long aliases) {
    private static final QueryMeasure NOTHING = new QueryMeasure(0, 0, 0);
    private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type");

    /** The cost a request is charged for this document by the per-caller budget. */
    public long cost() {
        return Math.max(1, fields);
    }

    /** Why a document is refused before validation; the message is safe to show to the caller. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Measures every operation and fragment of the document; the result is the sum over operations, but never
     * less than the largest fragment (validation looks at unused fragments too).
     *
     * @throws Refused on a fragment cycle, an unknown fragment, or an introspection field when it is not allowed
     */
    public static QueryMeasure of(Document document, boolean introspection) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        List<OperationDefinition> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            } else if (definition instanceof OperationDefinition operation) {
                operations.add(operation);
            }
        }
        Walk walk = new Walk(fragments, introspection);
        QueryMeasure total = NOTHING;
        for (OperationDefinition operation : operations) {
            total = total.plus(walk.selections(operation.getSelectionSet()));
        }
        for (String name : fragments.keySet()) {
            total = total.atLeast(walk.fragment(name));
        }
        return total;
    }

    private QueryMeasure plus(QueryMeasure other) {
        return new QueryMeasure(add(fields, other.fields), Math.max(depth, other.depth), add(aliases, other.aliases));
    }

    private QueryMeasure atLeast(QueryMeasure other) {
        return new QueryMeasure(Math.max(fields, other.fields), Math.max(depth, other.depth), Math.max(aliases, other.aliases));
    }

    /** Both operands are non-negative, so an overflow shows as a negative sum. */
    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** One measuring pass: the memo of fragment sizes and the fragments being expanded (to see a cycle). */
    private static final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final boolean introspection;
        private final Map<String, QueryMeasure> measured = new HashMap<>();
        private final Set<String> expanding = new LinkedHashSet<>();

        Walk(Map<String, FragmentDefinition> fragments, boolean introspection) {
            this.fragments = fragments;
            this.introspection = introspection;
        }

        QueryMeasure selections(SelectionSet set) {
            if (set == null) {
                return NOTHING;
            }
            QueryMeasure sum = NOTHING;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (!introspection && INTROSPECTION_FIELDS.contains(field.getName())) {
                        throw new Refused("本系统不提供内省查询，请使用发布的 api-schema/schema.graphql"
                                + " (introspection is disabled: use the published api-schema/schema.graphql)");
                    }
                    QueryMeasure inner = selections(field.getSelectionSet());
                    sum = sum.plus(new QueryMeasure(add(1, inner.fields), inner.depth + 1,
                            add(field.getAlias() != null ? 1 : 0, inner.aliases)));
                } else if (selection instanceof InlineFragment inline) {
                    sum = sum.plus(selections(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    sum = sum.plus(fragment(spread.getName()));
                }
            }
            return sum;
        }

        QueryMeasure fragment(String name) {
            QueryMeasure known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null) {
                throw new Refused("未定义的片段 " + name + " (unknown fragment " + name + ")");
            }
            if (!expanding.add(name)) {
                List<String> cycle = new ArrayList<>(expanding);
                cycle = new ArrayList<>(cycle.subList(cycle.indexOf(name), cycle.size()));
                cycle.add(name);
                String path = String.join(" → ", cycle);
                throw new Refused("片段循环引用：" + path + " (fragment cycle: " + path + ")");
            }
            QueryMeasure size = selections(definition.getSelectionSet());
            expanding.remove(name);
            measured.put(name, size);
            return size;
        }
    }
}

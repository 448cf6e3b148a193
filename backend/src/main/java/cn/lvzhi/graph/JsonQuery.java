package cn.lvzhi.graph;

import cn.lvzhi.common.HqlSql;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query being written as a single SQL statement that returns the response's {@code data} as JSON text: the
 * document's fields, collected as the GraphQL engine collects them (fragments expanded, fields of one response key
 * merged, in order), their arguments with the request's variables in place, and the statement's parameters and
 * table aliases. Whatever a writer cannot answer exactly as the engine would, it refuses with {@link Unanswerable},
 * and the request goes to the engine instead.
 */
public final class JsonQuery {
    /** The most key/value pairs one {@code json_build_object} takes (PostgreSQL's limit of 100 arguments). */
    private static final int MAX_PAIRS = 50;

    private final Document document;
    private final Map<String, Object> variables;
    private final HqlSql sql;
    private int aliases;

    JsonQuery(Document document, OperationDefinition operation, Map<String, Object> variables, Map<String, String> tables) {
        this.document = document;
        this.sql = new HqlSql(tables);
        Map<String, Object> values = new LinkedHashMap<>();
        for (VariableDefinition v : operation.getVariableDefinitions()) {
            if (variables != null && variables.containsKey(v.getName())) {
                values.put(v.getName(), variables.get(v.getName()));
            } else if (v.getDefaultValue() != null) {
                values.put(v.getName(), literal(v.getDefaultValue(), Map.of()));
            }
        }
        this.variables = values;
    }

    /** Thrown where the database cannot answer exactly as the engine would; the request goes to the engine. */
    public static final class Unanswerable extends RuntimeException {
        public Unanswerable(String why) {
            super(why, null, false, false);
        }
    }

    /** A response key and the fields merged under it (same name and arguments: the document passed validation). */
    public final class Node {
        private final String key;
        private final List<Field> fields = new ArrayList<>();

        Node(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public String name() {
            return fields.get(0).getName();
        }

        /** The argument's value with variables in place: null, Boolean, Long, Double, String, List or Map. */
        public Object arg(String name) {
            for (var a : fields.get(0).getArguments()) {
                if (a.getName().equals(name)) {
                    return literal(a.getValue(), variables);
                }
            }
            return null;
        }

        /** Refuses the node when it has an argument other than these. */
        public Node onlyArgs(String... names) {
            for (var a : fields.get(0).getArguments()) {
                if (!List.of(names).contains(a.getName())) {
                    throw new Unanswerable("argument " + a.getName());
                }
            }
            return this;
        }

        /** The fields selected below this one on an object of the GraphQL type {@code type}. */
        public List<Node> children(String type) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (Field f : fields) {
                if (f.getSelectionSet() == null) {
                    throw new Unanswerable("no selection below " + key);
                }
                collect(f.getSelectionSet(), type, out);
            }
            return List.copyOf(out.values());
        }

        public boolean isLeaf() {
            return fields.get(0).getSelectionSet() == null;
        }
    }

    /** The root fields of an operation. */
    List<Node> roots(OperationDefinition operation, String type) {
        Map<String, Node> out = new LinkedHashMap<>();
        collect(operation.getSelectionSet(), type, out);
        return List.copyOf(out.values());
    }

    private void collect(SelectionSet set, String type, Map<String, Node> out) {
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                if (!f.getDirectives().isEmpty()) {
                    throw new Unanswerable("directive on " + f.getName());
                }
                String key = f.getAlias() != null ? f.getAlias() : f.getName();
                out.computeIfAbsent(key, Node::new).fields.add(f);
            } else if (s instanceof InlineFragment i) {
                if (!i.getDirectives().isEmpty()) {
                    throw new Unanswerable("directive on an inline fragment");
                }
                onType(i.getTypeCondition(), type);
                collect(i.getSelectionSet(), type, out);
            } else if (s instanceof FragmentSpread spread) {
                if (!spread.getDirectives().isEmpty()) {
                    throw new Unanswerable("directive on a fragment spread");
                }
                FragmentDefinition fragment = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(d -> d.getName().equals(spread.getName())).findFirst()
                        .orElseThrow(() -> new Unanswerable("fragment " + spread.getName()));
                if (!fragment.getDirectives().isEmpty()) {
                    throw new Unanswerable("directive on a fragment");
                }
                onType(fragment.getTypeCondition(), type);
                collect(fragment.getSelectionSet(), type, out);
            } else {
                throw new Unanswerable("selection " + s.getClass().getSimpleName());
            }
        }
    }

    /** Every type written here is an object type: a fragment on another type selects nothing there, which is not written. */
    private static void onType(TypeName condition, String type) {
        if (condition != null && !condition.getName().equals(type)) {
            throw new Unanswerable("fragment on " + condition.getName() + " inside " + type);
        }
    }

    /** The SQL building a JSON object of these fields, each written by {@code field} (with {@code __typename} given). */
    public String object(String type, List<Node> fields, java.util.function.Function<Node, String> field) {
        if (fields.size() > MAX_PAIRS) {
            throw new Unanswerable("more than " + MAX_PAIRS + " fields on one object");
        }
        StringBuilder out = new StringBuilder("json_build_object(");
        for (int i = 0; i < fields.size(); i++) {
            Node n = fields.get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(text(n.key())).append(", ");
            if (n.name().equals("__typename")) {
                out.append(text(type));
            } else {
                String written = field.apply(n);
                if (written == null) {
                    throw new Unanswerable(type + "." + n.name());
                }
                out.append(written);
            }
        }
        return out.append(')').toString();
    }

    /** An SQL text literal (response keys are GraphQL names, type names constants: no quote can occur, but be exact). */
    public static String text(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A fresh table alias. */
    public String alias(String prefix) {
        return prefix + "_" + (++aliases);
    }

    /** The renderer of HQL rules and the holder of the statement's parameters. */
    public HqlSql sql() {
        return sql;
    }

    private static Object literal(Value<?> v, Map<String, Object> variables) {
        if (v instanceof VariableReference r) {
            return variables.get(r.getName());
        }
        if (v instanceof NullValue) {
            return null;
        }
        if (v instanceof BooleanValue b) {
            return b.isValue();
        }
        if (v instanceof IntValue i) {
            return i.getValue().longValueExact();
        }
        if (v instanceof FloatValue f) {
            return f.getValue().doubleValue();
        }
        if (v instanceof StringValue s) {
            return s.getValue();
        }
        if (v instanceof EnumValue e) {
            return e.getName();
        }
        if (v instanceof ArrayValue a) {
            List<Object> out = new ArrayList<>();
            a.getValues().forEach(x -> out.add(literal(x, variables)));
            return out;
        }
        if (v instanceof ObjectValue o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ObjectField f : o.getObjectFields()) {
                out.put(f.getName(), literal(f.getValue(), variables));
            }
            return out;
        }
        throw new Unanswerable("value " + v.getClass().getSimpleName());
    }
}

package cn.lvzhi.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders an HQL condition or FROM clause of the simple kind the read rules are written in as PostgreSQL, so that a
 * rule stated once in HQL (a visibility rule, a list's filter) also serves a query written in SQL (the reads
 * answered as JSON by the database, {@link JsonReads}). What it renders: entity names after {@code from} and
 * {@code join} (by the given map), {@code alias.property} as {@code alias.column} (the snake case of the property,
 * as every mapped column of these entities is named), {@code cast(… as String)}, named parameters as positional ones
 * ({@code in :list} as {@code = any($n)} over an array, or {@code = $n} for a list of one). Anything else it does
 * not know — an unmapped entity, a qualified enum literal — is refused ({@link IllegalArgumentException}), never
 * guessed.
 */
public final class HqlSql {
    private static final Pattern SAFE_TEXT = Pattern.compile("[\\p{Alnum}_/%.-]*");

    private final Map<String, String> tables;
    private final List<Object> params = new ArrayList<>();

    /** @param tables the table of each entity name the rules use */
    public HqlSql(Map<String, String> tables) {
        this.tables = tables;
    }

    /** The positional parameters of everything rendered so far, in order ($1 first). */
    public List<Object> params() {
        return params;
    }

    /** A new positional parameter bound to {@code value} (enums by name, collections as arrays). */
    public String param(Object value) {
        params.add(bindable(value));
        return "$" + params.size();
    }

    /** The SQL of an HQL fragment whose named parameters are in {@code named}. */
    public String sql(String hql, Map<String, Object> named) {
        return sql(hql, named, Set.of());
    }

    /**
     * The SQL of an HQL fragment whose named parameters are in {@code named}, those named in {@code literals} written
     * into the statement as literals ({@link #literal}). A statement kept prepared gets one generic plan for all
     * values of its parameters; a value that decides which index serves (how much of the table a scope covers) is
     * better planned for: a literal gives each value a plan of its own.
     */
    public String sql(String hql, Map<String, Object> named, Set<String> literals) {
        StringBuilder out = new StringBuilder(hql.length() + 32);
        Map<String, String> placed = new HashMap<>();
        int i = 0;
        int n = hql.length();
        String previousWord = "";
        while (i < n) {
            char ch = hql.charAt(i);
            if (ch == '\'') {
                int end = hql.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated literal in " + hql);
                }
                out.append(hql, i, end + 1);
                i = end + 1;
                continue;
            }
            if (ch == ':') {
                if (i + 1 < n && hql.charAt(i + 1) == ':') {
                    throw new IllegalArgumentException("a cast with :: is not HQL: " + hql);
                }
                int end = word(hql, i + 1);
                String name = hql.substring(i + 1, end);
                if (name.isEmpty() || !named.containsKey(name)) {
                    throw new IllegalArgumentException("unbound parameter :" + name + " in " + hql);
                }
                Object value = named.get(name);
                if (literals.contains(name)) {
                    out.append(previousWord.equalsIgnoreCase("in") ? "(" + literal(value) + ")" : literal(value));
                } else if (previousWord.equalsIgnoreCase("in")) {
                    // "x in :list" → "x = any($n)", or "x = $n" for a list of one, which (like Hibernate's "in (?)")
                    // lets an index on x give the order; drop the "in " already written
                    int cut = out.length() - 1;
                    while (cut >= 0 && Character.isWhitespace(out.charAt(cut))) {
                        cut--;
                    }
                    out.setLength(cut - 1);
                    if (value instanceof Collection<?> one && one.size() == 1) {
                        Object only = one.iterator().next();
                        out.append("= ").append(placed.computeIfAbsent(name + "#one",
                                k -> param(only instanceof Integer number ? Long.valueOf(number) : only)));
                    } else {
                        out.append("= any(").append(placed.computeIfAbsent(name, k -> param(value))).append(')');
                    }
                } else {
                    out.append(placed.computeIfAbsent(name, k -> param(value)));
                }
                previousWord = name;
                i = end;
                continue;
            }
            if (Character.isLetter(ch) || ch == '_') {
                int end = word(hql, i);
                String word = hql.substring(i, end);
                if (end < n && hql.charAt(end) == '.') {
                    int propEnd = word(hql, end + 1);
                    String property = hql.substring(end + 1, propEnd);
                    if (propEnd < n && hql.charAt(propEnd) == '.') {
                        throw new IllegalArgumentException("a qualified name is not rendered: " + hql.substring(i, propEnd));
                    }
                    out.append(word).append('.').append(snake(property));
                    i = propEnd;
                    previousWord = property;
                    continue;
                }
                if ((previousWord.equalsIgnoreCase("from") || previousWord.equalsIgnoreCase("join"))
                        && Character.isUpperCase(word.charAt(0))) {
                    String table = tables.get(word);
                    if (table == null) {
                        throw new IllegalArgumentException("no table for entity " + word);
                    }
                    out.append(table);
                } else if (word.equals("String") && previousWord.equalsIgnoreCase("as")) {
                    out.append("text");
                } else {
                    out.append(word);
                }
                previousWord = word;
                i = end;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    private static int word(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** {@code areaPath} → {@code area_path}. */
    static String snake(String property) {
        StringBuilder out = new StringBuilder(property.length() + 4);
        for (int i = 0; i < property.length(); i++) {
            char ch = property.charAt(i);
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * A value as an SQL literal: a number, an enum's name or a string of letters, digits and {@code _ / % . -} (what
     * scopes are made of: paths, codes, names of states), a collection of them as a list. Anything else is refused,
     * so nothing a caller typed can reach the statement's text.
     */
    static String literal(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return "'" + e.name() + "'";
        }
        if (value instanceof String text && SAFE_TEXT.matcher(text).matches()) {
            return "'" + text + "'";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "null" : String.join(", ", c.stream().map(HqlSql::literal).toList());
        }
        throw new IllegalArgumentException("not written as a literal: " + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** A value as the PostgreSQL client binds it: enums by name, a collection as an array of its kind. */
    private static Object bindable(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            if (!c.isEmpty() && c.stream().allMatch(v -> v instanceof Long || v instanceof Integer)) {
                return c.stream().map(v -> ((Number) v).longValue()).toArray(Long[]::new);
            }
            return c.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toArray(String[]::new);
        }
        return value;
    }
}

package cn.lvzhi.graph;

import cn.lvzhi.org.ScopedActor;

import java.util.List;
import java.util.Map;

/**
 * A root query field whose answer the database can write as JSON in one statement ({@link JsonReads}). A feature
 * offers its hot reads this way, beside its resolvers, and states its rules once: the writer puts the feature's own
 * HQL visibility and filter conditions into the statement through {@link JsonQuery#sql()}.
 */
public interface JsonRoot {
    /** The root fields of {@code Query} it writes. */
    List<String> fields();

    /** The tables of the entity names its rules use. */
    Map<String, String> tables();

    /**
     * An SQL expression (a scalar subquery) of type json answering the field for this actor, or
     * {@link JsonQuery.Unanswerable} where it cannot answer exactly as the resolvers would (then the engine does).
     * A null result of the expression means "ask the engine" too (e.g. an absent or invisible row, whose error the
     * engine words).
     */
    String write(ScopedActor actor, JsonQuery.Node field, JsonQuery query);
}

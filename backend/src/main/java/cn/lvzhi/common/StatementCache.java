package cn.lvzhi.common;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Creates the reactive pool so that each connection keeps the statements marked {@link #kept} prepared: PostgreSQL
 * then parses and plans such a statement once per connection instead of on every request. For the one-statement
 * reads that answer a whole document (several kilobytes of SQL) planning was two thirds of the database's time.
 *
 * <p>Only marked statements are kept, because a kept statement soon runs on one generic plan made without its
 * parameters' values; a statement is marked only where its values cannot change the best plan (the values that
 * could are written into it, see {@link HqlSql#sql(String, java.util.Map, java.util.Set)}). Every other statement
 * (Hibernate's) stays unnamed and is planned for its values each time, as before. Quarkus' own switch
 * ({@code quarkus.datasource.reactive.cache-prepared-statements}) would keep every statement up to 2,048 characters:
 * the wrong ones, and not ours.
 *
 * <p>The cost is the server's memory: a kept statement of a whole document holds about 100 KB there (measured with
 * {@code pg_log_backend_memory_contexts}), so 64 per connection bound a pool of 20 to about 130 MB. Statements are
 * named per connection, so the pooler in front of PostgreSQL must pool sessions (as {@code k8s/} configures it).
 */
@ApplicationScoped
public class StatementCache implements PgPoolCreator {
    private static final String MARK = "/* kept */ ";

    private final boolean enabled;
    private final int maxStatements;

    StatementCache(@ConfigProperty(name = "lvzhi.db.statement-cache.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "lvzhi.db.statement-cache.size", defaultValue = "64") int maxStatements) {
        this.enabled = enabled;
        this.maxStatements = maxStatements;
    }

    /** The statement, marked to be kept prepared on its connection. */
    public static String kept(String sql) {
        return MARK + sql;
    }

    static boolean isKept(String sql) {
        return sql.startsWith(MARK);
    }

    @Override
    public Pool create(Input input) {
        List<PgConnectOptions> options = input.pgConnectOptionsList();
        for (PgConnectOptions option : options) {
            option.setCachePreparedStatements(enabled)
                    .setPreparedStatementCacheMaxSize(maxStatements)
                    .setPreparedStatementCacheSqlFilter(StatementCache::isKept);
        }
        return PgDriver.INSTANCE.createPool(input.vertx(), options, input.poolOptions());
    }
}

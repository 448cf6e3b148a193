package cn.lvzhi.common;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Creates the reactive pool so that every connection keeps its statements prepared: PostgreSQL then parses and plans
 * a statement once per connection instead of on every request. For the one-statement reads that answer a whole
 * document (several kilobytes of SQL) planning was two thirds of the database's time per request.
 *
 * <p>Quarkus' own switch ({@code quarkus.datasource.reactive.cache-prepared-statements}) caches only statements up to
 * the client's default SQL length (2,048 characters), which our reads exceed, and only 25 per connection, fewer than
 * the shapes a busy connection meets; this raises both. The cost is the server's memory: a kept statement of a whole
 * document holds about 100 KB there (measured with {@code pg_log_backend_memory_contexts}), so 64 per connection
 * bound a pool of 20 to about 130 MB. Statements are named per connection, so the pooler in front of PostgreSQL must
 * pool sessions (as {@code k8s/} configures it), never transactions.
 */
@ApplicationScoped
public class StatementCache implements PgPoolCreator {
    private final boolean enabled;
    private final int maxStatements;
    private final int maxSqlLength;

    StatementCache(@ConfigProperty(name = "lvzhi.db.statement-cache.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "lvzhi.db.statement-cache.size", defaultValue = "64") int maxStatements,
                   @ConfigProperty(name = "lvzhi.db.statement-cache.sql-limit", defaultValue = "32768") int maxSqlLength) {
        this.enabled = enabled;
        this.maxStatements = maxStatements;
        this.maxSqlLength = maxSqlLength;
    }

    @Override
    public Pool create(Input input) {
        List<PgConnectOptions> options = input.pgConnectOptionsList();
        for (PgConnectOptions option : options) {
            option.setCachePreparedStatements(enabled)
                    .setPreparedStatementCacheMaxSize(maxStatements)
                    .setPreparedStatementCacheSqlLimit(maxSqlLength);
        }
        return PgDriver.INSTANCE.createPool(input.vertx(), options, input.poolOptions());
    }
}

package cn.lvzhi.common;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pool the application runs on keeps a marked statement prepared on its connection, whatever its length, and
 * leaves every other statement unnamed (planned for its values each time): seen in PostgreSQL's own list of the
 * session's prepared statements.
 */
@QuarkusTest
class StatementCacheTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void markedStatementsStayPreparedOnTheirConnectionOthersDoNot() {
        // longer than the client's default limit for kept statements (2,048 characters)
        String padding = " ".repeat(3_000);
        String kept = StatementCache.kept("select $1::int + 1 as kept_probe" + padding);
        String plain = "select $1::int + 2 as plain_probe" + padding;
        List<String> prepared = pool.withConnection(c -> c.preparedQuery(kept).execute(Tuple.of(1))
                        .chain(() -> c.preparedQuery(kept).execute(Tuple.of(2)))
                        .chain(() -> c.preparedQuery(plain).execute(Tuple.of(3)))
                        .chain(() -> c.query("select statement from pg_prepared_statements").execute()))
                .map(rows -> {
                    List<String> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(r.getString(0));
                    }
                    return out;
                })
                .await().atMost(WAIT);
        assertEquals(1, prepared.stream().filter(s -> s.contains("kept_probe")).count(), "the marked one, prepared once: " + prepared);
        assertTrue(prepared.stream().noneMatch(s -> s.contains("plain_probe")), "an unmarked one is never kept: " + prepared);
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.cases.webhooks.WebhookOutbox;
import cn.lvzhi.common.StatementCache;
import cn.lvzhi.notifications.NotificationService;
import cn.lvzhi.org.ScopedActor;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two trips of a case write that runs as statements of its own ({@link RatingWrite}, {@link DispatchWrite})
 * instead of through Hibernate. The first: BEGIN, the case row locked ({@code FOR UPDATE}, as {@link CaseLocks#lock}
 * does) and read with its dispatches and their units' paths, and the write's own reads, sent together on one
 * connection; the rules then decide on the case as the actor sees it ({@link #locked}). The second: the write, one
 * statement, and COMMIT, sent together ({@link #committed}); or ROLLBACK when the rules refused or nothing is to be
 * written ({@link #rolledBack}). Both are chained on the connection's own futures, so the transaction ends and the
 * connection goes back to the pool even when the caller stops listening halfway.
 */
final class CaseTrips {
    private static final String LOCK = "SELECT " + CaseRows.CASE + """
            , o.path AS origin_path
              FROM case_file c JOIN unit o ON o.id = c.origin_unit_id
             WHERE c.id = %s
               FOR UPDATE OF c""";
    private static final String DISPATCHES = "SELECT " + CaseRows.DISPATCH + """
            , f.path AS from_path, t.path AS to_path%s
              FROM case_dispatch d JOIN unit f ON f.id = d.from_unit_id JOIN unit t ON t.id = d.to_unit_id%s
             WHERE d.case_id = %s
             ORDER BY d.id""";
    private static final String CASE_OF_DISPATCH = "(SELECT case_id FROM case_dispatch WHERE id = $1)";

    /** The case of the dispatch {@code $1}, locked. */
    static final String LOCK_BY_DISPATCH = StatementCache.kept(LOCK.formatted(CASE_OF_DISPATCH));
    /** The case {@code $1}, locked. */
    static final String LOCK_BY_CASE = StatementCache.kept(LOCK.formatted("$1"));
    /** The dispatches of the case of the dispatch {@code $1}, that one with its rating ({@link CaseRows#RATING}). */
    static final String DISPATCHES_BY_DISPATCH = StatementCache.kept(DISPATCHES.formatted(", " + CaseRows.RATING,
            "\n  LEFT JOIN case_rating r ON r.dispatch_id = d.id AND d.id = $1", CASE_OF_DISPATCH));
    /** The dispatches of the case {@code $1}. */
    static final String DISPATCHES_BY_CASE = StatementCache.kept(DISPATCHES.formatted("", "", "$1"));

    /**
     * The write's CTE {@code told}: the notifications of its steps, from the six arrays {@link #notices} makes, bound
     * from parameter {@code $first} on; {@code at} is their time (a parameter, {@code $n}).
     */
    static String told(int first, String at) {
        return """
                told AS (
                    INSERT INTO notification (recipient_unit_id, kind, title, subject_type, subject_id, link, created_at)
                    SELECT n.unit, n.kind, n.title, n.subject_type, n.subject_id, n.link, %s
                      FROM unnest(cast($%d AS bigint[]), cast($%d AS text[]), cast($%d AS text[]), cast($%d AS text[]),
                                  cast($%d AS bigint[]), cast($%d AS text[])) AS n (unit, kind, title, subject_type, subject_id, link))"""
                .formatted(at, first, first + 1, first + 2, first + 3, first + 4, first + 5);
    }

    /** The notifications of a write's steps as the six arrays {@link #told} inserts, in its parameters' order. */
    static List<Object> notices(List<NotificationService.Message> notices) {
        return List.of(
                notices.stream().map(NotificationService.Message::recipientUnitId).toArray(Long[]::new),
                notices.stream().map(NotificationService.Message::kind).toArray(String[]::new),
                notices.stream().map(NotificationService.Message::storedTitle).toArray(String[]::new),
                notices.stream().map(NotificationService.Message::subjectType).toArray(String[]::new),
                notices.stream().map(NotificationService.Message::subjectId).toArray(Long[]::new),
                notices.stream().map(NotificationService.Message::link).toArray(String[]::new));
    }

    /**
     * The write's CTE {@code callbacks}: one delivery per live subscription of the case's reporter ({@code subject})
     * for every row of {@code steps} (a CTE returning the steps' {@code id} and {@code case_id}), in the form of
     * {@link WebhookOutbox#bodySql}; {@code caseCode}, {@code at} (the step's time, also the first attempt's) and
     * {@code status} (the case's, after the steps) are SQL expressions, usually parameters.
     */
    static String callbacks(String steps, String kind, String caseCode, String subject, String at, String atText,
                            String status) {
        return """
                callbacks AS (
                    INSERT INTO webhook_delivery (subscription_id, event_id, case_id, case_code, kind, payload, status,
                                                  attempts, next_attempt_at, created_at)
                    SELECT s.id, %1$s.id, %1$s.case_id, cast(%3$s AS text), '%2$s', %6$s, 'PENDING', 0, %5$s, %5$s
                      FROM %1$s, webhook_subscription s WHERE s.subject = %4$s AND s.removed_at IS NULL)"""
                .formatted(steps, kind, caseCode, subject, at,
                        WebhookOutbox.bodySql(steps + ".id", steps + ".case_id", caseCode, "'" + kind + "'", atText, status));
    }

    /** A statement of the first trip. */
    record Statement(String sql, Tuple values) {
    }

    private CaseTrips() {
    }

    /**
     * A connection of the pool for a statement write. A socket that breaks under it fails each statement's own
     * future, which the caller answers (an outage is UNAVAILABLE, {@code common.DatabaseOutage}); the connection also
     * hears it, and without a handler of its own the client prints the stack trace to stderr, once per connection.
     */
    static Future<SqlConnection> connection(io.vertx.sqlclient.Pool pool) {
        return pool.getConnection().map(c -> c.exceptionHandler(failure -> {
            // already answered through the statements' futures
        }));
    }

    /** BEGIN and the statements, sent at once: their answers in order, or the first failure. */
    static Future<List<RowSet<Row>>> begun(SqlConnection c, List<Statement> statements) {
        List<Future<RowSet<Row>>> answers = new ArrayList<>();
        Future<?> all;
        try {
            all = c.query("BEGIN").execute();
            for (Statement s : statements) {
                answers.add(c.preparedQuery(s.sql()).execute(s.values()));
            }
        } catch (RuntimeException e) {
            return rolledBack(c).compose(x -> Future.failedFuture(e));
        }
        for (Future<RowSet<Row>> answer : answers) {
            all = all.compose(x -> answer);
        }
        return all.map(x -> answers.stream().map(Future::result).toList());
    }

    /**
     * The locked case as the actor sees it, from the rows of {@link #LOCK_BY_CASE} (or by dispatch) and of the
     * dispatches; NOT_FOUND ({@code notFound}) when there is no such case, as when the actor does not see it.
     */
    static CaseLocks.Locked locked(ScopedActor a, RowSet<Row> caseRows, RowSet<Row> dispatchRows, String notFound) {
        if (caseRows.size() == 0) {
            throw new NotFoundException(notFound);
        }
        Row caseRow = caseRows.iterator().next();
        Case c = CaseRows.caseOf(caseRow);
        Map<Long, String> paths = new HashMap<>();
        paths.put(c.originUnitId, caseRow.getString("origin_path"));
        List<Dispatch> all = new ArrayList<>(dispatchRows.size());
        for (Row r : dispatchRows) {
            Dispatch d = CaseRows.dispatchOf(r);
            all.add(d);
            paths.put(d.fromUnitId, r.getString("from_path"));
            paths.put(d.toUnitId, r.getString("to_path"));
        }
        return CaseLocks.seen(a, c, all, paths);
    }

    /**
     * The write and COMMIT, sent together: the write's rows once committed, else the first failure (after a failed
     * write COMMIT rolls the transaction back). The connection goes back to the pool when COMMIT is answered.
     */
    static Future<RowSet<Row>> committed(SqlConnection c, String write, Tuple values) {
        Future<RowSet<Row>> written;
        Future<?> committed;
        try {
            written = c.preparedQuery(write).execute(values);
            committed = c.query("COMMIT").execute();
        } catch (RuntimeException e) {
            return rolledBack(c).compose(x -> Future.failedFuture(e));
        }
        committed.onComplete(x -> c.close());
        return written.compose(w -> committed).compose(x -> written);
    }

    /** Rolls the transaction back and gives the connection back, whatever the answer; never fails. */
    static Future<Void> rolledBack(SqlConnection c) {
        return c.query("ROLLBACK").execute().transform(x -> c.close()).otherwiseEmpty();
    }
}

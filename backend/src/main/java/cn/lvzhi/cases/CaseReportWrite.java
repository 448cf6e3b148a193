package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.webhooks.WebhookOutbox;
import cn.lvzhi.common.StatementCache;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import io.vertx.core.Future;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Writes a reported case (上报), the phones' hot path, as one SQL statement after the key's lock: the statement finds
 * the reporter's earlier case of the same client key (or external id) and, only when there is none, draws the day's
 * case code, inserts the case under that code, its REPORTED step, the step's callbacks and the audit row, and
 * announces the change to the boards. Through Hibernate the same report took seven statements, each planned anew;
 * these two stay prepared on their connection ({@link StatementCache#kept}).
 *
 * <ul>
 *   <li>One report's transaction at a time per process, shared with the ratings ({@link CaseWriteGate}): they
 *       all end in the day's counter row and the audit chain's lock, where side by side they only wait on each
 *       other, at several times the database's CPU per report.</li>
 *   <li>Retries: the reports of one key (a phone's retries racing each other) queue behind a transaction advisory lock
 *       in their own key space (two int keys, apart from the audit chain's bigint one); the statement after it sees
 *       the first one's committed case and answers with its id instead of drawing a code. A hash collision of two keys
 *       only makes one wait. Two keys sharing an external id lose at its unique index, which the caller recovers.</li>
 *   <li>Case codes (事件编号, e.g. QH-20261124-0001) are numbered per day without gaps from one counter row per day: the
 *       counter is drawn inside the statement, only when the case is written, and its row lock is held for that one
 *       statement and the commit; a report that fails (a lost external id) rolls its number back with it.</li>
 *   <li>The step's listeners, as {@link CaseTrail#record} would call them: a REPORTED step notifies nobody
 *       ({@link CaseNoticeRule}) and tells the boards ({@code pg_notify}, as {@code NotificationService#casesChanged});
 *       its callbacks go to every active subscription of the reporter, with {@link WebhookOutbox#bodySql}'s body.</li>
 *   <li>The statistics rollup's dirty mark and the audit chain are the tables' own triggers, as on every path.</li>
 * </ul>
 */
@ApplicationScoped
public class CaseReportWrite {
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** The advisory lock space of report keys: "CK" */
    private static final int REPORT_KEY_LOCKS = 0x434B;
    private static final String LOCK = StatementCache.kept("SELECT pg_advisory_xact_lock($1, hashtext($2))");
    private static final String WRITE = """
            WITH earlier AS (
                SELECT id, payload_hash FROM case_file WHERE reporter_subject = $1 AND %1$s = $2 LIMIT 1),
            drawn AS (
                INSERT INTO case_code_counter (day, last) SELECT cast($3 AS date), 1 WHERE NOT EXISTS (SELECT FROM earlier)
                ON CONFLICT (day) DO UPDATE SET last = case_code_counter.last + 1 RETURNING last),
            created AS (
                INSERT INTO case_file (code, reporter_subject, client_key, external_id, title, description, address,
                                       category_text, category_item_id, latitude, longitude, attachments, priority, deadline,
                                       source, client_time, payload_hash, origin_unit_id, area_unit_id, area_path,
                                       reporter_name, status, reported_at, updated_at, has_unsatisfied, ever_disputed,
                                       reopen_count, round, version)
                SELECT cast($4 AS text) || lpad(cast(last AS text), greatest(4, length(cast(last AS text))), '0'), $1,
                       cast($5 AS text), cast($6 AS text), cast($7 AS text), cast($8 AS text), cast($9 AS text),
                       cast($10 AS text), cast($11 AS bigint), cast($12 AS float8), cast($13 AS float8), cast($14 AS text[]),
                       cast($15 AS text), cast($16 AS timestamptz), cast($17 AS text), cast($18 AS timestamptz),
                       cast($19 AS text), cast($20 AS bigint), cast($21 AS bigint), cast($22 AS text), cast($23 AS text),
                       cast($24 AS text), cast($25 AS timestamptz), cast($25 AS timestamptz), false, false, 0, 1, 0
                  FROM drawn RETURNING id, code),
            step AS (
                INSERT INTO case_event (case_id, kind, actor_name, actor_unit_id, occurred_at)
                SELECT id, cast($26 AS text), cast($23 AS text), cast($27 AS bigint), cast($28 AS timestamptz)
                  FROM created RETURNING id),
            callbacks AS (
                INSERT INTO webhook_delivery (subscription_id, event_id, case_id, case_code, kind, payload, status,
                                              attempts, next_attempt_at, created_at)
                SELECT s.id, step.id, created.id, created.code, cast($26 AS text),
                       %2$s,
                       'PENDING', 0, cast($28 AS timestamptz), cast($28 AS timestamptz)
                  FROM created, step, webhook_subscription s WHERE s.subject = $1 AND s.removed_at IS NULL),
            audited AS (
                INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                         before_state, after_state)
                SELECT $1, cast($23 AS text), cast($30 AS text), 'CASE_REPORTED', 'Case', cast(created.id AS text), NULL,
                       jsonb_set(cast(cast($31 AS text) AS jsonb), ARRAY['code'], to_jsonb(created.code))
                  FROM created)
            SELECT id, code, NULL AS first_hash, length(cast(pg_notify('lvzhi_cases', '') AS text)) AS told FROM created
            UNION ALL
            SELECT id, NULL, payload_hash, NULL FROM earlier""";
    private static final String CALLBACK = WebhookOutbox.bodySql("step.id", "created.id", "created.code", "$26", "$29", "$24");
    private static final String BY_CLIENT_KEY = StatementCache.kept(WRITE.formatted("client_key", CALLBACK));
    private static final String BY_EXTERNAL_ID = StatementCache.kept(WRITE.formatted("external_id", CALLBACK));

    /** What the write found or made: the new case (code set), or the id and fingerprint of the key's first one. */
    record Written(Case created, Long firstId, String firstHash) {
    }

    private final Pool pool;
    private final AuditLog audit;
    private final String codePrefix;
    private final CaseWriteGate gate;

    public CaseReportWrite(Pool pool, AuditLog audit,
                           @ConfigProperty(name = "lvzhi.cases.code-prefix", defaultValue = "QH") String codePrefix,
                           CaseWriteGate gate) {
        this.pool = pool;
        this.audit = audit;
        this.codePrefix = codePrefix;
        this.gate = gate;
    }

    /**
     * Writes the checked draft {@code c} (its area set), or finds the first case of its key. On a new case the draft
     * becomes it: id and code set, everything else as written.
     */
    Uni<Written> write(ScopedActor a, Case c, String clientKey, String externalId) {
        String key = clientKey != null ? clientKey : externalId;
        Tuple values = values(a, c, key);
        Tuple lock = clientKey == null && externalId == null ? null : Tuple.of(REPORT_KEY_LOCKS,
                c.reporterSubject + (clientKey != null ? "\nclient:" + clientKey : "\nexternal:" + externalId));
        String write = clientKey != null || externalId == null ? BY_CLIENT_KEY : BY_EXTERNAL_ID;
        return gate.through(() -> CaseTrips.connection(pool.getDelegate())
                        .compose(conn -> UniHelper.toFuture(inOneTrip(conn, lock, write, values)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    if (r.getString("code") == null) {
                        return new Written(null, r.getLong("id"), r.getString("first_hash"));
                    }
                    c.id = r.getLong("id");
                    c.code = r.getString("code");
                    return new Written(c, null, null);
                }));
    }

    /**
     * The transaction sent at once: BEGIN, the key's lock, the write and COMMIT go out together (the client pipelines
     * them on the connection) and PostgreSQL runs them in order, the write waiting behind the lock as before. Sent one
     * after the other, each waited for the answer to the one before and then for its turn on a busy event loop, and
     * the reports, one at a time through the gate, waited for all that. The answer: the write's rows once committed,
     * else the first failure in that order (after a failed statement COMMIT rolls the transaction back). The
     * connection goes back to the pool when COMMIT has been answered.
     */
    private static Uni<RowSet<Row>> inOneTrip(io.vertx.sqlclient.SqlConnection conn, Tuple lock, String write, Tuple values) {
        Future<?> begun;
        Future<?> locked;
        Future<RowSet<Row>> written;
        Future<?> committed;
        try {
            begun = conn.query("BEGIN").execute();
            locked = lock == null ? Future.succeededFuture() : conn.preparedQuery(LOCK).execute(lock.getDelegate());
            written = conn.preparedQuery(write).execute(values.getDelegate());
            committed = conn.query("COMMIT").execute();
        } catch (RuntimeException e) {
            conn.close();
            return Uni.createFrom().failure(e);
        }
        committed.onComplete(ended -> conn.close());
        return UniHelper.toUni(begun.compose(b -> locked).compose(l -> written).compose(w -> committed).compose(c -> written));
    }

    private Tuple values(ScopedActor a, Case c, String key) {
        var day = c.reportedAt.atZoneSameInstant(WorkingDays.ZONE).toLocalDate();
        var occurredAt = java.time.OffsetDateTime.now();
        // the audit row's snapshot, its code filled in by the statement
        String after = audit.json(CaseTrail.CaseSnapshot.of(c));
        return Tuple.from(Arrays.asList(
                c.reporterSubject, key, day, codePrefix + "-" + CODE_DAY.format(day) + "-",
                c.clientKey, c.externalId, c.title, c.description, c.address,
                c.categoryText, c.categoryItemId, c.latitude, c.longitude, c.attachments.toArray(String[]::new),
                c.priority.name(), c.deadline, c.source.name(), c.clientTime,
                c.payloadHash, c.originUnitId, c.areaUnitId, c.areaPath, c.reporterName,
                c.status.name(), c.reportedAt, CaseEventKind.REPORTED.name(), a.actingUnitId(), occurredAt,
                occurredAt.toString(), a.actor().unitCode(), after));
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.inputs.DispatchCaseInput;
import cn.lvzhi.cases.webhooks.WebhookOutbox;
import cn.lvzhi.common.StatementCache;
import cn.lvzhi.notifications.NotificationService;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import io.vertx.core.Future;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a dispatch (派单) as two trips of prepared statements ({@link CaseTrips}) instead of Hibernate's dozen and
 * more: the command centre's hot path. What is decided stays {@link DispatchService}'s ({@link DispatchService#plan},
 * the replay of a client key): this class only reads and writes.
 *
 * <ol>
 *   <li>The case locked and read with its dispatches, the target units and the caller's earlier request under the
 *       client key. The decision answers with the first request's dispatches (a retry) or with the new hop, or
 *       refuses; anything but a new hop rolls back.</li>
 *   <li>One statement writes the dispatches, the case's status, time and version (as Hibernate's optimistic update
 *       would), a DISPATCHED step per dispatch and its listeners' work (the notices {@link CaseNotices#messages}
 *       names, the callbacks of {@link WebhookOutbox#bodySql}, the boards told), the request behind the client key,
 *       and the audit rows in the order {@code DispatchService} writes them; COMMIT goes with it. This trip waits for
 *       its place at {@link CaseWriteGate}, with the reports and ratings. A key the caller sent for another case at
 *       the same moment loses at the key's unique index; {@code DispatchService} answers that as before.</li>
 * </ol>
 * A dispatch that names its basis (依据) is written by {@code DispatchService} through Hibernate instead, in one
 * transaction with the basis ({@link HopBasis}); so is a dispute's decided dispatch.
 */
@ApplicationScoped
public class DispatchWrite {
    /*
     * The target units: one (nearly every dispatch) by its id, several by their array. PostgreSQL planned the array's
     * form anew at every call (a plan for one known element is cheaper than the generic one's guess of ten), so one
     * target has a statement whose generic plan it keeps.
     */
    private static final String TARGET = StatementCache.kept("SELECT id, path, kind, name FROM unit WHERE id = $1");
    private static final String TARGETS = StatementCache.kept("SELECT id, path, kind, name FROM unit WHERE id = ANY($1)");
    private static final String EARLIER = StatementCache.kept("""
            SELECT id, by_subject, client_key, payload_hash, case_id, dispatch_ids, created_at
              FROM case_dispatch_request WHERE by_subject = $1 AND client_key = $2""");
    /*
     * The audit row is declared right after the row it audits, before the CTEs the final SELECT does not read:
     * PostgreSQL runs those in the reverse order of their declaration, so the append, which takes the audit chain's
     * lock until COMMIT, runs last, and the other writer the gate lets in (CaseWriteGate) does everything up to it
     * while this one commits. Declared last, the append ran first and every other insert ran under the lock.
     */
    private static final String WRITE = StatementCache.kept("""
            WITH made AS (
                INSERT INTO case_dispatch (case_id, parent_dispatch_id, from_unit_id, from_subject, from_name, to_unit_id,
                                           role, round, instructions, status, sent_at, sign_deadline, handle_deadline,
                                           reply_attachments, overdue, version)
                SELECT $1, $2, $3, $4, $5, t.unit, t.role, $6, $7, 'SENT', $8, $9, $10, '{}', false, 0
                  FROM unnest(cast($11 AS bigint[]), cast($12 AS text[])) WITH ORDINALITY AS t (unit, role, n)
                 ORDER BY t.n
                RETURNING id, to_unit_id),
            audited AS (
                INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                         before_state, after_state)
                SELECT $4, $5, cast($25 AS text), x.action, x.entity_type, x.entity_id, cast(x.before AS jsonb),
                       cast(x.after AS jsonb)
                  FROM (SELECT 1 AS k, made.id AS n, 'CASE_DISPATCHED' AS action, 'Dispatch' AS entity_type,
                               cast(made.id AS text) AS entity_id, cast(NULL AS text) AS before, a.after
                          FROM made JOIN unnest(cast($11 AS bigint[]), cast($26 AS text[])) AS a (unit, after)
                               ON a.unit = made.to_unit_id
                        UNION ALL
                        SELECT 2, 0, 'CASE_STATUS', 'Case', cast($1 AS text), cast($27 AS text), cast($28 AS text)
                         WHERE cast($27 AS text) IS NOT NULL) x
                 ORDER BY x.k, x.n),
            touched AS (
                UPDATE case_file SET status = $13, updated_at = $8, version = version + 1 WHERE id = $1),
            steps AS (
                INSERT INTO case_event (case_id, dispatch_id, kind, actor_name, actor_unit_id, note, occurred_at)
                SELECT $1, made.id, 'DISPATCHED', $5, $3, t.note, $8
                  FROM made JOIN unnest(cast($11 AS bigint[]), cast($14 AS text[])) AS t (unit, note) ON t.unit = made.to_unit_id
                 ORDER BY made.id
                RETURNING id, case_id),
            %s,
            %s,
            kept AS (
                INSERT INTO case_dispatch_request (by_subject, client_key, payload_hash, case_id, dispatch_ids, created_at)
                SELECT $4, cast($23 AS text), cast($24 AS text), $1, array(SELECT id FROM made ORDER BY id), $8
                 WHERE cast($23 AS text) IS NOT NULL)
            SELECT id, to_unit_id, length(cast(pg_notify('lvzhi_cases', '') AS text)) AS told FROM made"""
            .formatted(CaseTrips.told(15, "$8"), CaseTrips.callbacks("steps", "DISPATCHED", "$21", "$22", "$8", "$29", "$13")));

    /** What the first trip read: the locked case, the target units, and the caller's earlier request (or null). */
    record Read(CaseLocks.Locked locked, Map<Long, DispatchService.TargetUnit> targetUnits, DispatchRequest earlier) {
    }

    /** What the decision came to: the payload to answer with at once (a retry), or the new hop to write. */
    record Decided(DispatchCasePayload replayed, DispatchService.NewHop hop) {
        static Decided replay(DispatchCasePayload payload) {
            return new Decided(payload, null);
        }

        static Decided write(DispatchService.NewHop hop) {
            return new Decided(null, hop);
        }
    }

    private final Pool pool;
    private final AuditLog audit;
    private final CaseWriteGate gate;

    public DispatchWrite(Pool pool, AuditLog audit, CaseWriteGate gate) {
        this.pool = pool;
        this.audit = audit;
        this.gate = gate;
    }

    /**
     * Dispatches on the case {@code in.caseId}: {@code decide} takes what the first trip read and answers; a new
     * hop is written with the request behind {@code clientKey} (null: none) and its {@code fingerprint}.
     */
    Uni<DispatchCasePayload> dispatch(ScopedActor a, DispatchCaseInput in, String clientKey, String fingerprint,
                                      Function<Read, Decided> decide) {
        Tuple caseId = Tuple.of(in.caseId);
        List<CaseTrips.Statement> reads = new ArrayList<>(List.of(new CaseTrips.Statement(CaseTrips.LOCK_BY_CASE, caseId),
                new CaseTrips.Statement(CaseTrips.DISPATCHES_BY_CASE, caseId),
                in.targets.size() == 1 ? new CaseTrips.Statement(TARGET, Tuple.of(in.targets.get(0).unitId))
                        : new CaseTrips.Statement(TARGETS, Tuple.of(in.targets.stream().map(t -> t.unitId).toArray(Long[]::new)))));
        if (clientKey != null) {
            reads.add(new CaseTrips.Statement(EARLIER, Tuple.of(a.actor().subject(), clientKey)));
        }
        return UniHelper.toUni(CaseTrips.connection(pool.getDelegate()).compose(c -> CaseTrips.begun(c, reads)
                .map(rows -> {
                    Read read = new Read(CaseTrips.locked(a, rows.get(0), rows.get(1), CaseRefusals.CASE_NOT_FOUND),
                            targetUnits(rows.get(2)), clientKey == null ? null : earlier(rows.get(3)));
                    return new ReadAndDecided(read, decide.apply(read));
                })
                .compose(w -> w.decided().replayed() != null ? CaseTrips.rolledBack(c).map(x -> w.decided().replayed())
                                : UniHelper.toFuture(gate.through(() -> written(c, w.read(), w.decided().hop(),
                                clientKey, fingerprint))),
                        e -> CaseTrips.rolledBack(c).compose(x -> Future.failedFuture(e)))));
    }

    private record ReadAndDecided(Read read, Decided decided) {
    }

    private static Map<Long, DispatchService.TargetUnit> targetUnits(RowSet<Row> rows) {
        Map<Long, DispatchService.TargetUnit> out = new HashMap<>();
        for (Row r : rows) {
            out.put(r.getLong("id"), new DispatchService.TargetUnit(r.getLong("id"), r.getString("path"),
                    UnitKind.valueOf(r.getString("kind")), r.getString("name")));
        }
        return out;
    }

    private static DispatchRequest earlier(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row r = rows.iterator().next();
        DispatchRequest first = new DispatchRequest();
        first.id = r.getLong("id");
        first.bySubject = r.getString("by_subject");
        first.clientKey = r.getString("client_key");
        first.payloadHash = r.getString("payload_hash");
        first.caseId = r.getLong("case_id");
        first.dispatchIds = Arrays.asList(r.getArrayOfLongs("dispatch_ids"));
        first.createdAt = r.getOffsetDateTime("created_at");
        return first;
    }

    /** The write and COMMIT ({@link CaseTrips#committed}): the case as stored and its new dispatches, with their ids. */
    private Future<DispatchCasePayload> written(SqlConnection c, Read read, DispatchService.NewHop hop, String clientKey,
                                                String fingerprint) {
        Tuple values;
        try {
            values = values(read, hop, clientKey, fingerprint);
        } catch (RuntimeException e) {
            return CaseTrips.rolledBack(c).compose(x -> Future.failedFuture(e));
        }
        return CaseTrips.committed(c, WRITE, values).map(rows -> {
            Map<Long, Long> ids = new HashMap<>();
            rows.forEach(r -> ids.put(r.getLong("to_unit_id"), r.getLong("id")));
            hop.created().forEach(d -> d.id = ids.get(d.toUnitId));
            Case caseFile = read.locked().caseFile();
            caseFile.version++;
            return new DispatchCasePayload(caseFile, hop.created());
        });
    }

    private Tuple values(Read read, DispatchService.NewHop hop, String clientKey, String fingerprint) {
        CaseLocks.Locked l = read.locked();
        ScopedActor a = l.actor();
        Case c = l.caseFile();
        List<Dispatch> created = hop.created();
        Dispatch first = created.get(0);
        OffsetDateTime now = c.updatedAt;
        List<String> notes = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<NotificationService.Message> notices = new ArrayList<>();
        for (Dispatch d : created) {
            String note = read.targetUnits().get(d.toUnitId).stepNote(d.role);
            notes.add(note);
            after.add(audit.json(CaseTrail.DispatchSnapshot.of(d)));
            // the step as CaseTrail#step makes it, for what its listeners make of it
            CaseEvent step = new CaseEvent();
            step.caseId = c.id;
            step.kind = CaseEventKind.DISPATCHED;
            step.actorName = a.actor().displayName();
            step.actorUnitId = a.actingUnitId();
            step.note = note;
            step.occurredAt = now;
            notices.addAll(CaseNotices.messages(step, c, d));
        }
        boolean moved = c.status != hop.before().status();
        List<Object> values = new ArrayList<>(Arrays.asList(
                c.id, first.parentDispatchId, a.actingUnitId(), a.actor().subject(), a.actor().displayName(), c.round,
                first.instructions, now, first.signDeadline, first.handleDeadline,
                created.stream().map(d -> d.toUnitId).toArray(Long[]::new),
                created.stream().map(d -> d.role.name()).toArray(String[]::new),
                c.status.name(), notes.toArray(String[]::new)));
        values.addAll(CaseTrips.notices(notices));
        values.addAll(Arrays.asList(
                c.code, c.reporterSubject, clientKey, fingerprint, a.actor().unitCode(), after.toArray(String[]::new),
                moved ? audit.json(hop.before()) : null, moved ? audit.json(CaseTrail.CaseSnapshot.of(c)) : null,
                now.toString()));
        return Tuple.from(values);
    }
}

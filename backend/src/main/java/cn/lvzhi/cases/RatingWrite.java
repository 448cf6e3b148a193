package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.webhooks.WebhookOutbox;
import cn.lvzhi.common.StatementCache;
import cn.lvzhi.notifications.NotificationService;
import cn.lvzhi.org.ScopedActor;
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
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes a rating (评价) as two trips of prepared statements instead of Hibernate's dozen ({@link CaseTrips}): the
 * rater's hot path, a command centre rating hundreds of replies. What is decided stays {@link RatingService}'s: this
 * class only reads and writes.
 *
 * <ol>
 *   <li>The case locked and read with its dispatches, the rated one with its rating if it has one. The case as the
 *       rater sees it goes to the decision, which answers with the rating to write, or with the first one (a retry),
 *       or refuses; anything but a new rating rolls back.</li>
 *   <li>One statement writes the rating, the dispatch's RATED status, the case's “ever unsatisfied” flag and time
 *       (both with their versions, as Hibernate's optimistic updates would), the RATED step, its listeners' work and
 *       the audit row, with COMMIT. The step's listeners as {@link CaseTrail#record} would call them: the
 *       notifications {@link CaseNotices#messages} names, the callbacks {@link WebhookOutbox} would write
 *       ({@link WebhookOutbox#bodySql}), and the boards told ({@code pg_notify}, as {@code NotificationService#casesChanged}).
 *       The statistics rollup's dirty marks and the audit chain are the tables' own triggers, as on every path.
 *       This trip waits for its place at {@link CaseWriteGate}, with the reports.</li>
 * </ol>
 * The row lock serialises every change of the case, so of two raters (or a rating and its retry) the second reads
 * the first's rating once it commits.
 */
@ApplicationScoped
public class RatingWrite {
    /*
     * The audit row is declared right after the row it audits, before the CTEs the final SELECT does not read:
     * PostgreSQL runs those in the reverse order of their declaration, so the append, which takes the audit chain's
     * lock until COMMIT, runs last, and the other writer the gate lets in (CaseWriteGate) does everything up to it
     * while this one commits. Declared last, the append ran first and every other insert ran under the lock.
     */
    private static final String WRITE = StatementCache.kept("""
            WITH rated AS (
                INSERT INTO case_rating (dispatch_id, case_id, level, original_level, comment, rater_unit_id, rater_subject,
                                         rater_name, rated_unit_id, rated_at, version)
                VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, 0) RETURNING id),
            audited AS (
                INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                         before_state, after_state)
                SELECT $6, $7, cast($21 AS text), 'DISPATCH_RATED', 'Rating', cast(rated.id AS text),
                       cast(cast($22 AS text) AS jsonb), cast(cast($23 AS text) AS jsonb)
                  FROM rated),
            moved AS (
                UPDATE case_dispatch SET status = 'RATED', version = version + 1 WHERE id = $1),
            touched AS (
                UPDATE case_file SET has_unsatisfied = has_unsatisfied OR $10, updated_at = $9, version = version + 1
                 WHERE id = $2),
            step AS (
                INSERT INTO case_event (case_id, dispatch_id, kind, actor_name, actor_unit_id, note, occurred_at)
                VALUES ($2, $1, 'RATED', $7, $5, $11, $12) RETURNING id, case_id),
            %s,
            %s
            SELECT id, length(cast(pg_notify('lvzhi_cases', '') AS text)) AS told FROM rated"""
            .formatted(CaseTrips.told(13, "$12"), CaseTrips.callbacks("step", "RATED", "$19", "$20", "$12", "$24", "$25")));

    private final Pool pool;
    private final AuditLog audit;
    private final CaseWriteGate gate;

    public RatingWrite(Pool pool, AuditLog audit, CaseWriteGate gate) {
        this.pool = pool;
        this.audit = audit;
        this.gate = gate;
    }

    /**
     * Rates the dispatch {@code dispatchId}: {@code decide} takes the locked case as the rater sees it and the
     * dispatch's rating (null when it has none) and answers with the rating to write (no id yet) or with that first
     * rating, or throws the refusal. The answer is the rating as stored. The work is chained on the connection's
     * own futures, so the transaction ends and the connection goes back to the pool even when the caller stops
     * listening halfway.
     */
    Uni<Rating> rate(ScopedActor a, long dispatchId, BiFunction<CaseLocks.Locked, Rating, Rating> decide) {
        Tuple id = Tuple.of(dispatchId);
        return UniHelper.toUni(CaseTrips.connection(pool.getDelegate()).compose(c -> CaseTrips.begun(c, List.of(
                        new CaseTrips.Statement(CaseTrips.LOCK_BY_DISPATCH, id), new CaseTrips.Statement(CaseTrips.DISPATCHES_BY_DISPATCH, id)))
                .map(rows -> decided(a, dispatchId, rows.get(0), rows.get(1), decide))
                .compose(d -> d.first() != null ? CaseTrips.rolledBack(c).map(x -> d.first())
                                : UniHelper.toFuture(gate.through(() -> written(c, a, d))),
                        e -> CaseTrips.rolledBack(c).compose(x -> Future.failedFuture(e)))));
    }

    /** What the read comes to: the first rating (a retry), or the new one with the case and dispatch it rates. */
    private record Decided(Rating first, Rating rating, Case caseFile, Dispatch dispatch) {
    }

    private static Decided decided(ScopedActor a, long dispatchId, RowSet<Row> caseRows, RowSet<Row> dispatchRows,
                                   BiFunction<CaseLocks.Locked, Rating, Rating> decide) {
        CaseLocks.Locked l = CaseTrips.locked(a, caseRows, dispatchRows, CaseRefusals.DISPATCH_NOT_FOUND);
        Rating first = null;
        for (Row r : dispatchRows) {
            if (r.getLong("id") == dispatchId) {
                first = CaseRows.ratingOf(r);
            }
        }
        Rating answer = decide.apply(l, first);
        if (answer.id != null) {
            return new Decided(answer, null, null, null);
        }
        return new Decided(null, answer, l.caseFile(), l.dispatch(dispatchId));
    }

    /** The write and COMMIT ({@link CaseTrips#committed}): the rating as stored. */
    private Future<Rating> written(SqlConnection c, ScopedActor a, Decided d) {
        Tuple values;
        try {
            values = values(a, d);
        } catch (RuntimeException e) {
            return CaseTrips.rolledBack(c).compose(x -> Future.failedFuture(e));
        }
        return CaseTrips.committed(c, WRITE, values).map(rows -> {
            d.rating().id = rows.iterator().next().getLong("id");
            return d.rating();
        });
    }

    private Tuple values(ScopedActor a, Decided d) {
        Rating r = d.rating();
        Case c = d.caseFile();
        Dispatch dispatch = d.dispatch();
        CaseTrail.DispatchSnapshot before = CaseTrail.DispatchSnapshot.of(dispatch);
        // the step as CaseTrail#step makes it, and what its listeners hear of it: the case after the rating
        CaseEvent step = new CaseEvent();
        step.caseId = c.id;
        step.dispatchId = dispatch.id;
        step.kind = CaseEventKind.RATED;
        step.actorName = a.actor().displayName();
        step.actorUnitId = a.actingUnitId();
        step.note = RatingService.label(r.level) + (r.comment == null ? "" : "：" + r.comment);
        step.occurredAt = OffsetDateTime.now();
        dispatch.status = DispatchStatus.RATED;
        c.hasUnsatisfied = c.hasUnsatisfied || r.level == RatingLevel.UNSATISFIED;
        c.updatedAt = r.ratedAt;
        List<NotificationService.Message> notices = CaseNotices.messages(step, c, dispatch);
        List<Object> values = new ArrayList<>(Arrays.asList(
                dispatch.id, c.id, r.level.name(), r.comment, r.raterUnitId, r.raterSubject, r.raterName, r.ratedUnitId,
                r.ratedAt, r.level == RatingLevel.UNSATISFIED, step.note, step.occurredAt));
        values.addAll(CaseTrips.notices(notices));
        values.addAll(Arrays.asList(
                c.code, c.reporterSubject, a.actor().unitCode(), audit.json(before),
                audit.json(r.level + " " + (r.comment == null ? "" : r.comment)), step.occurredAt.toString(), c.status.name()));
        return Tuple.from(values);
    }
}

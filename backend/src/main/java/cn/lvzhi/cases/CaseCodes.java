package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Case codes (事件编号, e.g. QH-20261124-0001): numbered per day without gaps from one counter row per day, which every
 * report of the day must lock until its commit. So a new case is written first under a pending code of its own
 * ({@link #pending}), and the day's number is drawn by the last statement before the commit, which also gives the case
 * its code, puts the code into what the transaction wrote with the pending one (the callbacks of the report's step,
 * {@code webhook_delivery}) and appends the report's audit row (whose chain lock is likewise held until the commit):
 * the counter row is then held for one statement and the commit, not through the whole report, and a report that
 * fails earlier (a retried key losing at its unique index) never touches it.
 */
@ApplicationScoped
public class CaseCodes {
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** Pending codes start with this, which no real code does; 8 + 16 hex digits fit the column's 32. */
    private static final String PENDING = "PENDING-";

    private final AuditLog audit;
    private final String codePrefix;

    public CaseCodes(AuditLog audit, @ConfigProperty(name = "lvzhi.cases.code-prefix", defaultValue = "QH") String codePrefix) {
        this.audit = audit;
        this.codePrefix = codePrefix;
    }

    /** A code unique to this transaction, the case's until {@link #assign} replaces it. */
    static String pending() {
        UUID u = UUID.randomUUID();
        return PENDING + Long.toHexString(u.getMostSignificantBits() ^ u.getLeastSignificantBits());
    }

    /**
     * Draws the day's next number for the case {@code c} (persisted under a {@link #pending} code), gives the case
     * its code and records the report in the audit trail, in one statement; returns the code. The case stays as
     * Hibernate flushed it otherwise (the code is not a field any later statement of the report writes).
     */
    Uni<String> assign(ScopedActor a, Case c) {
        var day = c.reportedAt.atZoneSameInstant(WorkingDays.ZONE).toLocalDate();
        String after = audit.json(CaseTrail.CaseSnapshot.of(c));
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        WITH drawn AS (
                            INSERT INTO case_code_counter (day, last) VALUES (?1, 1)
                            ON CONFLICT (day) DO UPDATE SET last = case_code_counter.last + 1 RETURNING last),
                        coded AS (
                            UPDATE case_file SET code = ?2 || lpad(cast(drawn.last AS text), greatest(4, length(cast(drawn.last AS text))), '0')
                              FROM drawn WHERE id = ?3 AND code = ?4 RETURNING code),
                        callbacks AS (
                            UPDATE webhook_delivery w SET case_code = coded.code, payload = replace(w.payload, ?4, coded.code)
                              FROM coded WHERE w.case_id = ?3 AND w.case_code = ?4),
                        audited AS (
                            INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                                     before_state, after_state)
                            SELECT ?5, ?6, ?7, 'CASE_REPORTED', 'Case', ?8,
                                   NULL, jsonb_set(cast(cast(?9 AS text) AS jsonb), ARRAY['code'], to_jsonb(coded.code))
                              FROM coded)
                        SELECT code FROM coded""", String.class)
                .setParameter(1, day)
                .setParameter(2, codePrefix + "-" + CODE_DAY.format(day) + "-")
                .setParameter(3, c.id)
                .setParameter(4, c.code)
                .setParameter(5, a.actor().subject())
                .setParameter(6, a.actor().displayName())
                .setParameter(7, a.actor().unitCode())
                .setParameter(8, String.valueOf(c.id))
                .setParameter(9, after)
                .getSingleResult());
    }
}

package cn.lvzhi.audit;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Start-up check of the service's database role (运行账号): the audit trail is append-only only while the service
 * cannot alter its table, so in production the service refuses to start as a superuser or as the owner of the
 * database or of any table (directly or through a role it belongs to). In dev and test it only warns.
 */
@ApplicationScoped
public class ServiceRoleCheck {
    private static final Logger LOG = Logger.getLogger(ServiceRoleCheck.class);

    /** What the database says about the role a connection runs as. */
    public record RoleFacts(String role, boolean superuser, long ownedRelations, boolean ownsDatabase) {
    }

    /** START, WARN or REFUSE, with the reason when not START. */
    public record Verdict(Outcome outcome, String reason) {
        public enum Outcome { START, WARN, REFUSE }
    }

    /** Stops the start-up; the log line above says why, so no stack trace. */
    static final class RefusedToStart extends RuntimeException {
        RefusedToStart(String reason) {
            super("refusing to start: " + reason, null, false, false);
        }
    }

    private final Pool pool;

    public ServiceRoleCheck(Pool pool) {
        this.pool = pool;
    }

    // right after the migrations, before any demo loader or request uses the role
    void onStart(@Observes @Priority(10) StartupEvent event) {
        RoleFacts facts = facts(pool).await().atMost(Duration.ofSeconds(30));
        Verdict verdict = decide(facts, LaunchMode.current().isProduction());
        switch (verdict.outcome()) {
            case START -> LOG.infof("database role %s: owns nothing, not a superuser", facts.role());
            case WARN -> LOG.warnf("%s (allowed outside production)", verdict.reason());
            case REFUSE -> {
                LOG.errorf("refusing to start: %s", verdict.reason());
                throw new RefusedToStart(verdict.reason());
            }
        }
    }

    /** The facts about the role the given connection runs as (owned relations outside the system schemas). */
    public static Uni<RoleFacts> facts(SqlClient client) {
        return client.query("""
                        SELECT current_user AS role, r.rolsuper,
                               (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                                   AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned,
                               (SELECT pg_has_role(current_user, d.datdba, 'USAGE') FROM pg_database d
                                 WHERE d.datname = current_database()) AS owns_database
                        FROM pg_roles r WHERE r.rolname = current_user""").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new RoleFacts(row.getString("role"), row.getBoolean("rolsuper"), row.getLong("owned"),
                            row.getBoolean("owns_database"));
                });
    }

    /** The rule: a role that could rewrite the audit trail may not run the service in production. */
    public static Verdict decide(RoleFacts facts, boolean production) {
        String problem = facts.superuser() ? "database role " + facts.role() + " is a superuser"
                : facts.ownsDatabase() ? "database role " + facts.role() + " owns the database"
                : facts.ownedRelations() > 0 ? "database role " + facts.role() + " owns " + facts.ownedRelations()
                        + " tables, sequences or indexes"
                : null;
        if (problem == null) {
            return new Verdict(Verdict.Outcome.START, null);
        }
        String reason = problem + "; the service must run as a role that owns nothing and may only append to "
                + "audit_event (LVZHI_DB_USER), with migrations run by the owner (LVZHI_DB_OWNER_USER)";
        return new Verdict(production ? Verdict.Outcome.REFUSE : Verdict.Outcome.WARN, reason);
    }
}

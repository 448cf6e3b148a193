package cn.lvzhi.audit;

import cn.lvzhi.common.InternalException;
import cn.lvzhi.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends to the audit trail (审计日志) inside the caller's transaction, so a change and its record commit or
 * roll back together. The database assigns the sequence and the hash chain.
 */
@ApplicationScoped
public class AuditLog {
    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    /** Records a state change; {@code before}/{@code after} are snapshots serialised as JSON (null when absent). */
    public Uni<Void> record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                                 before_state, after_state)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, cast(cast(?7 AS text) AS jsonb), cast(cast(?8 AS text) AS jsonb))""")
                .setParameter(1, actor.subject())
                .setParameter(2, actor.displayName())
                .setParameter(3, actor.unitCode())
                .setParameter(4, action)
                .setParameter(5, entityType)
                .setParameter(6, String.valueOf(entityId))
                .setParameter(7, toJson(before))
                .setParameter(8, toJson(after))
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * The same record, written through a plain SQL connection: for work that runs outside Hibernate, such as an
     * import's bulk transaction, so it commits or rolls back with that work.
     */
    public Uni<Void> record(SqlClient connection, Actor actor, String action, String entityType, Object entityId,
                            Object before, Object after) {
        return connection.preparedQuery("""
                        INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                                 before_state, after_state)
                        VALUES ($1, $2, $3, $4, $5, $6, cast(cast($7 AS text) AS jsonb), cast(cast($8 AS text) AS jsonb))""")
                .execute(Tuple.from(java.util.Arrays.asList(actor.subject(), actor.displayName(), actor.unitCode(), action,
                        entityType, String.valueOf(entityId), toJson(before), toJson(after))))
                .replaceWithVoid();
    }

    /** A snapshot as the audit trail keeps it, for a statement that appends its row itself (case codes). */
    public String json(Object snapshot) {
        return toJson(snapshot);
    }

    private String toJson(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new InternalException("审计记录序列化失败 (audit snapshot could not be serialised)");
        }
    }
}

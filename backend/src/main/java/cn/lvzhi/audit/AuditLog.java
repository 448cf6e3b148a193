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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** One row of several written at once ({@link #record(Actor, List)}). */
    public record Entry(String action, String entityType, Object entityId, Object before, Object after) {
    }

    /**
     * Records several changes of one actor in one statement, in the order given: the chain's trigger runs per row and
     * sees the rows before it, so they chain as if written one by one, and the chain's lock is taken once.
     */
    public Uni<Void> record(Actor actor, List<Entry> entries) {
        if (entries.size() == 1) {
            Entry e = entries.get(0);
            return record(actor, e.action(), e.entityType(), e.entityId(), e.before(), e.after());
        }
        StringBuilder sql = new StringBuilder("""
                INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id,
                                         before_state, after_state) VALUES""");
        List<Object> values = new ArrayList<>();
        for (Entry e : entries) {
            int n = values.size();
            sql.append(n == 0 ? " " : ", ").append("(?1, ?2, ?3, ?%d, ?%d, ?%d, cast(cast(?%d AS text) AS jsonb), cast(cast(?%d AS text) AS jsonb))"
                    .formatted(n + 4, n + 5, n + 6, n + 7, n + 8));
            values.addAll(Arrays.asList(e.action(), e.entityType(), String.valueOf(e.entityId()), toJson(e.before()), toJson(e.after())));
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString())
                    .setParameter(1, actor.subject()).setParameter(2, actor.displayName()).setParameter(3, actor.unitCode());
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 4, values.get(i));
            }
            return query.executeUpdate();
        }).replaceWithVoid();
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
                .execute(Tuple.from(Arrays.asList(actor.subject(), actor.displayName(), actor.unitCode(), action,
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

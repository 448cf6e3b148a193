package cn.lvzhi.audit;

import cn.lvzhi.common.DeniedActions;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.CurrentActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Records refused actions (越权尝试) in the audit trail as {@code DENIED} rows: who, which operation with which
 * arguments, and the reason given. Written through the pool in a transaction of its own (the refused work rolls
 * back), one bounded row per refusal, so a flood of refusals costs one small INSERT each.
 */
@ApplicationScoped
public class DeniedActionLog implements DeniedActions {
    static final String ACTION = "DENIED";
    private static final int MAX_ARGUMENT_CHARS = 500;
    private static final String NOT_RECORDED = "(未记录 not recorded)";

    private final Pool pool;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public DeniedActionLog(Pool pool, AuditLog audit, CurrentActor currentActor, SecurityIdentity identity,
                           ObjectMapper json) {
        this.pool = pool;
        this.audit = audit;
        this.currentActor = currentActor;
        this.identity = identity;
        this.json = json;
    }

    @Override
    public Uni<Void> record(String operation, Map<String, Object> arguments, String reason) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", reason);
        after.put("arguments", bounded(arguments));
        return currentActor.get()
                // refused before an actor existed (no unit, unknown unit): record what the token says
                .onFailure().recoverWithItem(this::fromToken)
                .chain(actor -> audit.record(pool, actor, ACTION, "Operation", operation, null, after));
    }

    private Actor fromToken() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getClaim("preferred_username");
            return new Actor(token.getSubject(), username, username, false, 0L, token.getClaim("unit"), Set.of());
        }
        String name = identity.getPrincipal().getName();
        return new Actor(name, name, name, false, 0L, null, Set.of());
    }

    private Map<String, Object> bounded(Map<String, Object> arguments) {
        Map<String, Object> out = new LinkedHashMap<>();
        arguments.forEach((name, value) -> out.put(name, bounded(value)));
        return out;
    }

    // scalars and the API's own input types; uploads, streams and entity batches are not copied into the trail
    private Object bounded(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof CharSequence text) {
            return truncate(text.toString());
        }
        if (!value.getClass().getName().startsWith("cn.lvzhi.")) {
            return NOT_RECORDED;
        }
        try {
            String text = json.writeValueAsString(value);
            return text.length() <= MAX_ARGUMENT_CHARS ? json.readTree(text) : truncate(text);
        } catch (JsonProcessingException e) {
            return NOT_RECORDED;
        }
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_ARGUMENT_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ARGUMENT_CHARS - 1)) ? MAX_ARGUMENT_CHARS - 1 : MAX_ARGUMENT_CHARS;
        return text.substring(0, end) + "…";
    }
}

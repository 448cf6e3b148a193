package cn.lvzhi.audit;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit pages' reads (审计追溯) behind {@link AuditPolicy}: the chain check, and the history of any one entity
 * with what changed in each row.
 */
@ApplicationScoped
public class AuditService {
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,59}");
    private static final int MAX_ID = 64;

    private final AuditReads reads;

    public AuditService(AuditReads reads) {
        this.reads = reads;
    }

    /** Verifies the chain for an actor the audit policy lets inspect it (else FORBIDDEN). */
    public Uni<AuditIntegrity> verifyChain(Actor actor) {
        AuditPolicy.verifyChain(actor).orThrow();
        return reads.integrity();
    }

    /** The row a chain check found broken (as the check's reader may see it), or null. */
    public Uni<AuditEntry> firstBroken(AuditIntegrity integrity) {
        return integrity.firstBrokenSeq() == null ? Uni.createFrom().nullItem() : reads.entry(integrity.firstBrokenSeq());
    }

    /** A page of an entity's audit rows, oldest first; VALIDATION names a malformed type or id. */
    public Uni<AuditEntryConnection> history(Actor actor, String entityType, String entityId, Integer first, String after) {
        if (entityType == null || !ENTITY_TYPE.matcher(entityType).matches()) {
            throw new ValidationException("entityType", "对象类型应为英文类型名，如 Case (entity type is a type name such as Case)");
        }
        if (entityId == null || entityId.isBlank() || entityId.length() > MAX_ID) {
            throw new ValidationException("entityId", "请填写对象编号（不超过 " + MAX_ID + " 个字符） (entity id required, at most "
                    + MAX_ID + " characters)");
        }
        AuditPolicy.readHistory(actor, entityType).orThrow();
        return reads.history(entityType, entityId.strip(), first, after);
    }

    /** The kinds of entity the trail holds rows about, for the history page's picker. */
    public Uni<List<String>> entityTypes(Actor actor) {
        AuditPolicy.readHistory(actor, null).orThrow();
        return reads.entityTypes();
    }
}

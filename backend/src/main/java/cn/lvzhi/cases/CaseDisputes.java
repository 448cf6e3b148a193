package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;

/**
 * What happens when a case becomes DISPUTED (职责争议): the disputes feature opens a dispute on the coordination
 * ladder, in the same transaction as the refusal that made it so.
 */
public interface CaseDisputes {
    Uni<Void> disputed(ScopedActor actor, Case caseFile);
}

package cn.lvzhi.evaluation.files;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who may upload and read evidence files (佐证材料) of evaluation: anyone of a unit uploads for that unit (the owner);
 * a file is read by its owner unit, 编办 and leaders of the owner's region — to anyone else it does not exist.
 */
public final class EvaluationFilePolicy {
    static final String NO_UNIT = "系统账号不能上传佐证材料 (system accounts do not upload evidence)";

    private EvaluationFilePolicy() {
    }

    public static Decision upload(ScopedActor actor) {
        return actor.actor().system() ? Decision.refuse(NO_UNIT) : Decision.ALLOW;
    }

    /** Does the actor read a file owned by this unit (id and tree path)? */
    public static boolean reads(ScopedActor actor, long ownerUnitId, String ownerPath) {
        if (actor.actor().system()) {
            return false;
        }
        return actor.unitId() == ownerUnitId
                || actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER) && actor.regionHolds(ownerPath);
    }
}

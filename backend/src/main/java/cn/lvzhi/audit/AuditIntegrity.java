package cn.lvzhi.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of re-computing the audit trail's hash chain (审计链校验) and checking it against the signed checkpoints. */
@Type("AuditIntegrity")
public record AuditIntegrity(
        @NonNull @Description("true when every row's hash and link verify, the chain passes through every signed "
                + "checkpoint and every checkpoint's signature verifies") boolean intact,
        @NonNull int checkedEvents,
        @Description("sequence number of the first row whose hash or link fails, or of the first checkpoint the chain "
                + "no longer passes through (a row up to it was changed or removed), if any") Integer firstBrokenSeq,
        @NonNull @Description("signed checkpoints the chain was checked against") int checkpoints,
        @Description("sequence number of the newest checkpoint: rows up to it cannot be changed or removed unnoticed")
        Integer lastCheckpointSeq,
        @Description("when the newest checkpoint was taken") java.time.OffsetDateTime lastCheckpointAt,
        @NonNull @Description("checkpoint lines whose signature does not verify (the checkpoint files were altered)")
        int unverifiedCheckpoints) {
}

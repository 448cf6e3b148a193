package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;

import java.util.Map;

/**
 * Where a refused action (FORBIDDEN, 越权尝试) is recorded: in the audit trail, in a transaction of its own, so the
 * record survives the refused work's rollback. {@link ApiErrorsInterceptor} calls it for every FORBIDDEN answer;
 * the audit feature implements it (the shared layer knows no feature).
 */
public interface DeniedActions {
    /** Records that the current caller was refused {@code operation} with these arguments, for this reason. */
    Uni<Void> record(String operation, Map<String, Object> arguments, String reason);
}

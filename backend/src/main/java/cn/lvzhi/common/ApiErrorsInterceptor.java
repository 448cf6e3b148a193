package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Turns whatever an API method fails with into an {@link ApiException}: a stale version or a broken unique
 * constraint becomes CONFLICT; the database out of reach becomes UNAVAILABLE (retryable); anything unexpected is logged with a reference and reaches the caller as
 * INTERNAL carrying only that reference, never a stack trace or a class name.
 */
@ApiErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ApiErrorsInterceptor {
    private static final Logger LOG = Logger.getLogger(ApiErrorsInterceptor.class);

    @AroundInvoke
    Object translate(InvocationContext ctx) throws Exception {
        try {
            Object result = ctx.proceed();
            if (result instanceof Uni<?> uni) {
                return uni.onFailure().transform(ApiErrorsInterceptor::toApiException);
            }
            return result;
        } catch (RuntimeException e) {
            throw toApiException(e);
        }
    }

    static ApiException toApiException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return new ConflictException("数据已被他人修改，请刷新后重试 (the record was changed by someone else)");
            }
            if (t instanceof ConstraintViolationException c && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return new ConflictException("与已有记录重复 (duplicates an existing record)");
            }
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return new ConflictException("与已有记录重复 (duplicates an existing record)");
            }
            if (DatabaseOutage.is(t)) {
                return DatabaseOutage.report(t);
            }
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "unexpected failure, reference %s", ref);
        return new InternalException("服务器内部错误，请稍后重试（参考号 " + ref + "）(internal error, reference " + ref + ")");
    }
}

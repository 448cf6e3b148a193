package cn.lvzhi.common;

import cn.lvzhi.common.validation.InputValidation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Checks the operation's inputs against the constraints their types declare ({@link InputValidation}), then turns
 * whatever an API method fails with into an {@link ApiException}: a stale version or a broken unique
 * constraint becomes CONFLICT; the database out of reach becomes UNAVAILABLE (retryable); anything unexpected is
 * logged with a reference and reaches the caller as INTERNAL carrying only that reference, never a stack trace or a
 * class name. Every FORBIDDEN answer passes here, so this is where a refused action is recorded
 * ({@link DeniedActions}) before the caller hears of it.
 */
@ApiErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ApiErrorsInterceptor {
    private static final Logger LOG = Logger.getLogger(ApiErrorsInterceptor.class);

    private final DeniedActions denied;
    private final InputValidation inputs;

    public ApiErrorsInterceptor(DeniedActions denied, InputValidation inputs) {
        this.denied = denied;
        this.inputs = inputs;
    }

    @AroundInvoke
    Object translate(InvocationContext ctx) throws Exception {
        try {
            inputs.check(ctx.getMethod(), ctx.getParameters());
            Object result = ctx.proceed();
            if (result instanceof Uni<?> uni) {
                return uni.onFailure().recoverWithUni(failure -> answer(ctx, toApiException(failure)));
            }
            return result;
        } catch (RuntimeException e) {
            ApiException api = toApiException(e);
            if (Uni.class.isAssignableFrom(ctx.getMethod().getReturnType())) {
                return answer(ctx, api);
            }
            if (api instanceof ForbiddenException) {
                record(ctx, api).subscribe().with(ignored -> { });
            }
            throw api;
        }
    }

    /** Fails with the error, after recording it when it is a refusal. */
    private <T> Uni<T> answer(InvocationContext ctx, ApiException api) {
        Uni<T> failed = Uni.createFrom().failure(api);
        return api instanceof ForbiddenException ? record(ctx, api).chain(() -> failed) : failed;
    }

    // one INSERT per refusal; when it cannot be written the caller still gets the FORBIDDEN answer
    private Uni<Void> record(InvocationContext ctx, ApiException api) {
        Method method = ctx.getMethod();
        Parameter[] parameters = method.getParameters();
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            arguments.put(parameters[i].getName(), ctx.getParameters()[i]);
        }
        return Uni.createFrom().deferred(() -> denied.record(method.getName(), arguments, api.getMessage()))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("refused %s not recorded in the audit trail: %s", method.getName(), e.getMessage());
                    return null;
                });
    }

    static ApiException toApiException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return new ConflictException("数据已被他人修改，请刷新后重试 (the record was changed by someone else)");
            }
            if (Idempotency.duplicateKey(t)) {
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

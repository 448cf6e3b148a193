package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.JsonValue;

/** Adds {@code extensions.retryable = true} to errors a client should retry unchanged (UNAVAILABLE). */
public class RetryableErrorExtension implements ErrorExtensionProvider {
    @Override
    public String getKey() {
        return "retryable";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        // written for every resolver error, like extensions.field; only retryable ones say so
        return exception instanceof UnavailableException ? JsonValue.TRUE : JsonValue.NULL;
    }
}

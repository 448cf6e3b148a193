package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds {@code extensions.field} to VALIDATION errors so clients can mark the offending form field. */
public class FieldErrorExtension implements ErrorExtensionProvider {
    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        // SmallRye writes the key for every resolver error; only VALIDATION errors give it a value
        return exception instanceof ValidationException v && v.field() != null
                ? Json.createValue(v.field())
                : JsonValue.NULL;
    }
}

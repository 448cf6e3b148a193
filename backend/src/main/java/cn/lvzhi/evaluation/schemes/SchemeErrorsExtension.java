package cn.lvzhi.evaluation.schemes;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

/**
 * Adds {@code extensions.errors} (every error of a refused scheme: {@code [{field, message}]}) to the VALIDATION error of
 * {@link SchemeValidationException}; other errors get null.
 */
public class SchemeErrorsExtension implements ErrorExtensionProvider {
    @Override
    public String getKey() {
        return "errors";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (!(exception instanceof SchemeValidationException refused)) {
            return JsonValue.NULL;
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        refused.errors().forEach(e -> errors.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        return errors.build();
    }
}

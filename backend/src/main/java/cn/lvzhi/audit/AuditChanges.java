package cn.lvzhi.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The readable difference of an audit row's two snapshots (字段对比): when both are JSON objects, each field whose
 * value differs (a creation or a removal shows every field); otherwise the two values as one change with an empty
 * field name. Values read as text: a string as itself, anything nested as its JSON.
 */
final class AuditChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChanges() {
    }

    static List<AuditFieldChange> of(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        if (before == null && after == null) {
            return List.of();
        }
        if (objectOrAbsent(before) && objectOrAbsent(after)) {
            Set<String> fields = new LinkedHashSet<>();
            names(before, fields);
            names(after, fields);
            List<AuditFieldChange> changes = new ArrayList<>();
            for (String field : fields) {
                String was = text(before == null ? null : before.get(field));
                String is = text(after == null ? null : after.get(field));
                if (!Objects.equals(was, is)) {
                    changes.add(new AuditFieldChange(field, was, is));
                }
            }
            return changes;
        }
        String was = text(before);
        String is = text(after);
        return Objects.equals(was, is) ? List.of() : List.of(new AuditFieldChange("", was, is));
    }

    private static boolean objectOrAbsent(JsonNode node) {
        return node == null || node.isObject();
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                into.add(it.next());
            }
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node == null || node.isNull() ? null : node;
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}

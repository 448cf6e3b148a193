package cn.lvzhi.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How an audit row's two snapshots read as the changed fields the audit-trail page shows. */
class AuditChangesTest {
    @Test
    void changedFieldsOnlyAndEveryFieldOfACreation() {
        assertEquals(List.of(new AuditFieldChange("name", "一科", "二科")),
                AuditChanges.of("{\"name\":\"一科\",\"code\":\"K1\"}", "{\"name\":\"二科\",\"code\":\"K1\"}"));
        assertEquals(List.of(new AuditFieldChange("code", null, "K1"), new AuditFieldChange("level", null, "3")),
                AuditChanges.of(null, "{\"code\":\"K1\",\"level\":3}"));
        assertEquals(List.of(new AuditFieldChange("status", "SENT", null)), AuditChanges.of("{\"status\":\"SENT\"}", "{}"));
        assertEquals(List.of(new AuditFieldChange("tags", "[\"a\"]", "[\"a\",\"b\"]")),
                AuditChanges.of("{\"tags\":[\"a\"]}", "{\"tags\":[\"a\",\"b\"]}"));
    }

    @Test
    void aSingleValueIsOneChangeWithoutAFieldName() {
        assertEquals(List.of(new AuditFieldChange("", null, "UNSATISFIED 处置不彻底")),
                AuditChanges.of(null, "\"UNSATISFIED 处置不彻底\""));
        assertEquals(List.of(new AuditFieldChange("", "{\"level\":\"UNSATISFIED\"}", "BASICALLY_SATISFIED 改评")),
                AuditChanges.of("{\"level\":\"UNSATISFIED\"}", "\"BASICALLY_SATISFIED 改评\""));
        assertEquals(List.of(), AuditChanges.of(null, null));
        assertEquals(List.of(), AuditChanges.of("\"x\"", "\"x\""));
    }
}

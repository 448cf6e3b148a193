package cn.lvzhi.cases.evidence;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence pack (证据包) of a case with an unsatisfied rating, revised on appeal: a ZIP of the document (read back
 * with PDFBox), the reply's photo and a manifest whose hashes match; the chain check at export, broken when a row was
 * tampered with; who may export, and every refusal as a JSON error.
 */
@QuarkusTest
class EvidencePackApiTest {
    static final String REFUSAL = "应由生态环境局牵头处置";
    static final String REMINDER = "请加快处置，今日反馈";
    static final String REPLY = "已责令工地停止夜间施工";
    static final String COMMENT = "处置不彻底，次日仍有施工";
    static final String APPEAL = "夜间施工已依法处罚，复工系另一工地";
    static final String DECISION = "经核实复工系另一工地，改评为基本满意";

    /** The fixture: a case whose co-operator refused, whose lead was reminded, replied with a photo and was rated 不满意, then revised on appeal. */
    record Fixture(String caseId, String code, String leadId, String ratingId, String appealId) {
    }

    private static Fixture made;

    /** Built once, on the first test's call (the application and its port are up by then). */
    static synchronized Fixture fixture() {
        if (made == null) {
            made = unsatisfiedCaseRevisedOnAppeal();
        }
        return made;
    }

    static Fixture unsatisfiedCaseRevisedOnAppeal() {
        Cases.Dispatched d = Cases.dispatched(true);
        Gql.data(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"), Cases.REFUSE,
                Map.of("i", Map.of("dispatchId", d.coId(), "reason", REFUSAL)))));
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", d.leadId(), "message", REMINDER)));
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", d.leadId(), "text", REPLY,
                "attachments", List.of(Cases.photo(Role.DEPARTMENT)))));
        String rating = Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", d.leadId(),
                "level", "UNSATISFIED", "comment", COMMENT))).getString("data.rateDispatch.rating.id");
        String appeal = Gql.data(Cases.call(Role.DEPARTMENT, Cases.APPEAL, Map.of("ratingId", rating, "reason", APPEAL)))
                .getString("data.appealRating.appeal.id");
        Gql.data(Cases.call(Role.LEADER, Cases.DECIDE, Map.of("appealId", appeal, "outcome", "REVISED",
                "revisedLevel", "BASICALLY_SATISFIED", "reason", DECISION)));
        String code = Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { case(id: $id) { code } }", Map.of("id", d.caseId())))
                .getString("data.case.code");
        return new Fixture(d.caseId(), code, d.leadId(), rating, appeal);
    }

    static Response pack(String token, String caseId) {
        var request = RestAssured.given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.get("/api/cases/" + caseId + "/evidence-pack");
    }

    static Response pack(Role role, String caseId) {
        return pack(Keycloak.tokenFor(role), caseId);
    }

    /** The ZIP's entries by name. */
    static Map<String, byte[]> entries(Response r) throws IOException {
        r.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("evidence-" + fixture().code() + ".zip"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.asByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String sha256(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void theDisciplineOfficeExportsTheWholeTrailWithHashesAndTheChainCheck() throws Exception {
        Map<String, byte[]> entries = entries(pack(Role.DISCIPLINE, fixture().caseId()));
        String pdfName = "evidence-" + fixture().code() + ".pdf";
        String photoName = "photos/dispatch-" + fixture().leadId() + "/1.jpg";
        assertEquals(List.of(pdfName, photoName, "manifest.json"), List.copyOf(entries.keySet()));

        JsonPath manifest = new JsonPath(new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(fixture().code(), manifest.getString("caseCode"));
        List<Map<String, Object>> files = manifest.getList("files");
        assertEquals(List.of(pdfName, photoName), files.stream().map(f -> f.get("name")).toList());
        for (Map<String, Object> f : files) {
            byte[] data = entries.get((String) f.get("name"));
            assertEquals(sha256(data), f.get("sha256"), () -> "sha256 of " + f.get("name"));
            assertEquals(data.length, f.get("bytes"));
        }
        assertTrue(manifest.getBoolean("auditChain.intact"));
        assertTrue(manifest.getInt("auditChain.checkedEvents") > 0);

        String text = pdfText(entries.get(pdfName));
        String flat = text.replaceAll("\\s+", "");
        for (String expected : List.of("事件证据材料", fixture().code(), REFUSAL, REMINDER, REPLY, COMMENT, APPEAL, DECISION,
                "不满意→基本满意（申诉改评）", "已改评", "审计链校验：完整（OK）", "清河区城市管理局", "清河区生态环境局",
                "退单", "催办", "办结反馈", "申诉处理", "导出人：")) {
            assertTrue(flat.contains(expected.replaceAll("\\s+", "")), () -> "the document names " + expected + ":\n" + text);
        }
        // every audit row of the case, its dispatches, rating, appeal and reminder, each with its hash
        List<Map<String, Object>> rows = manifest.getList("auditRows");
        List<String> actions = auditActions(fixture().caseId());
        assertTrue(rows.size() >= 8, "rows: " + rows.size());
        for (Map<String, Object> row : rows) {
            assertTrue(flat.contains("哈希" + row.get("hash")), () -> "row " + row.get("seq") + "'s hash in the document");
            assertEquals(true, row.get("hashValid"));
        }
        assertTrue(actions.contains("EVIDENCE_PACK_EXPORTED"), "the export is audited: " + actions);
        for (String action : List.of("CASE_DISPATCHED", "DISPATCH_REFUSED", "DISPATCH_REMINDED", "DISPATCH_RATED",
                "RATING_APPEALED", "APPEAL_DECIDED", "EVIDENCE_PACK_EXPORTED")) {
            assertTrue(flat.contains(action), () -> action + " in the document");
        }
    }

    /** The case's audit actions as the audit-trail page reads them (as 纪委监委). */
    static List<String> auditActions(String caseId) {
        return Gql.data(Gql.as(Role.DISCIPLINE, """
                query($id: String!) { auditHistory(entityType: "Case", entityId: $id, first: 200) {
                  edges { node { action actorName actorUnit } } } }""", Map.of("id", caseId)))
                .getList("data.auditHistory.edges.node.action");
    }

    @Test
    void theExportIsAuditedWithWhoExportedWhat() {
        pack(Role.ORGANISATION, fixture().caseId()).then().statusCode(200);
        JsonPath history = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query($id: String!) { auditHistory(entityType: "Case", entityId: $id, first: 200) {
                  edges { node { action actorUnit changes { field after } } } } }""", Map.of("id", fixture().caseId())));
        List<Map<String, Object>> nodes = history.getList("data.auditHistory.edges.node");
        Map<String, Object> export = nodes.stream().filter(n -> "EVIDENCE_PACK_EXPORTED".equals(n.get("action"))
                && "JZ-QH-ZZB".equals(n.get("actorUnit"))).findFirst().orElse(null);
        assertTrue(export != null, "组织部's export is in the case's audit history: " + nodes);
        assertTrue(export.get("changes").toString().contains(fixture().code()), export.toString());
    }

    @Test
    void theEstablishmentOfficeAndTheDistrictCommandCentreExportToo() {
        for (Role role : List.of(Role.ESTABLISHMENT_OFFICE, Role.COMMAND_CENTRE, Role.ORGANISATION)) {
            pack(role, fixture().caseId()).then().statusCode(200).contentType("application/zip");
        }
    }

    @Test
    void everyoneElseIsRefusedWithAReason() {
        for (Role role : List.of(Role.DEPARTMENT, Role.LEADER, Role.GRID_WORKER, Role.TOWNSHIP, Role.COMMITTEE, Role.INTEGRATION)) {
            pack(role, fixture().caseId()).then().statusCode(403).contentType("application/json")
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                    .body("errors[0].message", containsString("证据包"));
        }
        // a township command room is a command centre, but not the district's
        pack(Keycloak.password("lvzhi-cli", "zhihuishi"), fixture().caseId()).then().statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        pack((String) null, fixture().caseId()).then().statusCode(401);
    }

    @Test
    void aCaseWithoutAnUnsatisfiedRatingHasNoPack() {
        String satisfied = Cases.completed();
        pack(Role.COMMAND_CENTRE, satisfied).then().statusCode(409).contentType("application/json")
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("没有不满意评价"));
        // the discipline office does not see it at all
        pack(Role.DISCIPLINE, satisfied).then().statusCode(404).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        pack(Role.DISCIPLINE, "999999999").then().statusCode(404).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        pack(Role.DISCIPLINE, "abc").then().statusCode(400).body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void aTamperedRowShowsBrokenInThePackAndOnTheAuditPage() throws Exception {
        try (Connection c = DatabaseOwner.connect(); Statement st = c.createStatement()) {
            long seq;
            String original;
            try (ResultSet rs = st.executeQuery("SELECT seq, after_state::text FROM audit_event WHERE entity_type = 'Rating'"
                    + " AND entity_id = '" + fixture().ratingId() + "' AND action = 'DISPATCH_RATED'")) {
                assertTrue(rs.next());
                seq = rs.getLong(1);
                original = rs.getString(2);
            }
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            try {
                st.executeUpdate("UPDATE audit_event SET after_state = to_jsonb('SATISFIED 篡改'::text) WHERE seq = " + seq);
                Map<String, byte[]> entries = entries(pack(Role.DISCIPLINE, fixture().caseId()));
                JsonPath manifest = new JsonPath(new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
                assertFalse(manifest.getBoolean("auditChain.intact"));
                assertEquals(seq, manifest.getLong("auditChain.firstBrokenSeq"));
                assertEquals(false, manifest.getBoolean("auditRows.find { it.seq == " + seq + " }.hashValid"));
                String flat = pdfText(entries.get("evidence-" + fixture().code() + ".pdf")).replaceAll("\\s+", "");
                assertTrue(flat.contains("审计链校验：不完整，自第" + seq + "条记录起断裂"), flat);
                assertTrue(flat.contains("校验：不通过"), flat);

                JsonPath page = Gql.data(Gql.as(Role.DISCIPLINE, """
                        query($id: String!) { auditIntegrity { intact firstBrokenSeq firstBroken { seq action entityId hashValid } }
                          auditHistory(entityType: "Rating", entityId: $id) { edges { node { seq hashValid changes { after } } } } }""",
                        Map.of("id", fixture().ratingId())));
                assertFalse(page.getBoolean("data.auditIntegrity.intact"));
                assertEquals(seq, page.getLong("data.auditIntegrity.firstBroken.seq"));
                assertEquals(fixture().ratingId(), page.getString("data.auditIntegrity.firstBroken.entityId"));
                assertFalse(page.getBoolean("data.auditIntegrity.firstBroken.hashValid"));
                assertEquals(false, page.getBoolean("data.auditHistory.edges.node.find { it.seq == " + seq + " }.hashValid"));
            } finally {
                try (var ps = c.prepareStatement("UPDATE audit_event SET after_state = cast(? AS jsonb) WHERE seq = " + seq)) {
                    ps.setString(1, original);
                    ps.executeUpdate();
                }
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            }
        }
        assertTrue(Gql.data(Gql.as(Role.DISCIPLINE, "{ auditIntegrity { intact } }")).getBoolean("data.auditIntegrity.intact"),
                "restoring the row restores the chain");
    }
}

package cn.lvzhi.cases.basis;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suggested basis and the three basis reports (办理依据报表) through GraphQL and the download, with real tokens,
 * on hops made by each test inside its own period (so the demo history is outside it and the figures are known).
 */
@QuarkusTest
class CaseBasisReportApiTest {
    static final String SUGGEST = """
            query($d: ID!) { suggestedBasis(dispatchId: $d) { rank casesOfCategory sharedTerms reasons item { id code name } } }""";
    static final String REPORT = """
            query($i: BasisReportInput!) { basisReport(input: $i) { unitId handledCases namedCases namedRate unnamedCaseCount
              unexercised { itemId itemCode departmentName } topItems { itemId itemCode itemName cases dispatches departmentName }
              unnamedCases { caseId code status departmentId departmentName } } }""";

    /** A case reported under the list item (or, null, the free category 噪声扰民), dispatched to 生态环境局 and signed: the hop. */
    static String signedHopUnder(String categoryItemId) {
        Map<String, Object> report = categoryItemId == null ? Cases.report() : Cases.reportUnder(categoryItemId);
        String caseId = Gql.data(Cases.call(Role.GRID_WORKER, Cases.REPORT, report)).getString("data.reportCase.case.id");
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", caseId)));
        String hop = Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(caseId, Cases.version(caseId), false)))
                .getString("data.dispatchCase.dispatches[0].id");
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", hop)));
        return hop;
    }

    static void name(String hop, String itemId) {
        Gql.data(Cases.call(Role.DEPARTMENT, CaseBasisApiTest.SET, Map.of("dispatchId", hop, "basis", Map.of("powerItemId", itemId))));
    }

    static JsonPath suggestions(String hop) {
        return Gql.data(Gql.as(Role.DEPARTMENT, SUGGEST, Map.of("d", hop)));
    }

    @Test
    void suggestionsComeFromTheCategoryAndWhatTheDepartmentChoseBefore() {
        String category = Cases.itemId("COLLABORATION", "噪声");
        String hop = signedHopUnder(category);
        JsonPath first = suggestions(hop);
        List<Map<String, Object>> ranked = first.getList("data.suggestedBasis");
        assertFalse(ranked.isEmpty());
        assertTrue(ranked.size() <= BasisRanking.LIMIT);
        assertEquals(List.of(1, 2, 3, 4, 5).subList(0, ranked.size()), first.getList("data.suggestedBasis.rank"));
        // each says why: earlier cases of the category under it, or words it shares with the category
        for (int i = 0; i < ranked.size(); i++) {
            assertFalse(first.getList("data.suggestedBasis[" + i + "].reasons").isEmpty());
            assertTrue(first.getInt("data.suggestedBasis[" + i + "].casesOfCategory") > 0
                    || !first.getList("data.suggestedBasis[" + i + "].sharedTerms").isEmpty());
        }
        String best = first.getString("data.suggestedBasis[0].item.id");
        int before = first.getInt("data.suggestedBasis[0].casesOfCategory");
        name(hop, best);
        // the next case of the category counts the choice
        JsonPath next = suggestions(signedHopUnder(category));
        assertEquals(best, next.getString("data.suggestedBasis[0].item.id"));
        assertEquals(before + 1, next.getInt("data.suggestedBasis[0].casesOfCategory"));
        assertTrue(next.getString("data.suggestedBasis[0].reasons").contains("同类事件已有 " + (before + 1) + " 件"));
        // a free category is read by its words and its own history
        assertFalse(suggestions(signedHopUnder(null)).getList("data.suggestedBasis").isEmpty());
        // only the handler asks
        Gql.error(Gql.as(Role.COMMAND_CENTRE, SUGGEST, Map.of("d", hop)), "FORBIDDEN");
    }

    static Map<String, Object> period(OffsetDateTime from, String unitId) {
        Map<String, Object> in = new HashMap<>();
        in.put("from", from.toString());
        in.put("to", from.plusDays(1).toString());
        if (unitId != null) {
            in.put("unitId", unitId);
        }
        return Map.of("i", in);
    }

    @Test
    void theReportsCountTheHopsOfThePeriodByDepartment() throws IOException {
        // the period starts now: the hops the test before this one sent a moment ago are not this test's
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String environment = Cases.unitId("JZ-QH-D10");
        String a = Cases.signedLead();
        String b = Cases.signedLead();
        String c = Cases.signedLead();
        Cases.Dispatched unnamed = Cases.dispatched(true);
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", unnamed.leadId())));
        JsonPath choices = CaseBasisApiTest.choices(Role.DEPARTMENT, a);
        String x = choices.getString("data.basisChoices[0].id");
        String y = choices.getString("data.basisChoices[1].id");
        int published = choices.getList("data.basisChoices").size();
        name(a, x);
        name(b, x);
        name(c, y);

        JsonPath office = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, REPORT, period(from, environment)));
        assertEquals(4, office.getInt("data.basisReport.handledCases"));
        assertEquals(3, office.getInt("data.basisReport.namedCases"));
        assertEquals(0.75, office.getDouble("data.basisReport.namedRate"), 1e-9);
        assertEquals(List.of(x, y), office.getList("data.basisReport.topItems.itemId"));
        assertEquals(List.of(2, 1), office.getList("data.basisReport.topItems.cases"));
        List<String> unexercised = office.getList("data.basisReport.unexercised.itemId");
        assertEquals(published - 2, unexercised.size());
        assertFalse(unexercised.contains(x) || unexercised.contains(y));
        assertEquals(1, office.getInt("data.basisReport.unnamedCaseCount"));
        assertEquals(unnamed.caseId(), office.getString("data.basisReport.unnamedCases[0].caseId"));
        assertEquals(environment, office.getString("data.basisReport.unnamedCases[0].departmentId"));

        // the department reads its own report, the same figures, and no other department's
        JsonPath own = Gql.data(Gql.as(Role.DEPARTMENT, REPORT, period(from, null)));
        assertEquals(environment, own.getString("data.basisReport.unitId"));
        assertEquals(office.getList("data.basisReport.topItems"), own.getList("data.basisReport.topItems"));
        assertEquals(office.getList("data.basisReport.unnamedCases"), own.getList("data.basisReport.unnamedCases"));
        assertTrue(Gql.error(Gql.as(Role.DEPARTMENT, REPORT, period(from, Cases.unitId("JZ-QH-D11"))), "FORBIDDEN").contains("本部门"));
        Gql.error(Gql.as(Role.GRID_WORKER, REPORT, period(from, null)), "FORBIDDEN");
        Gql.error(Gql.as(Role.DISCIPLINE, REPORT, period(from, null)), "FORBIDDEN");

        // the district centre reads every department: 城市管理局's four co-operating hops are there, unnamed
        JsonPath region = Gql.data(Gql.as(Role.COMMAND_CENTRE, REPORT, period(from, null)));
        assertEquals(8, region.getInt("data.basisReport.handledCases"));
        assertEquals(5, region.getInt("data.basisReport.unnamedCaseCount"));
        assertEquals(4, region.getList("data.basisReport.unnamedCases.findAll { it.departmentName == '清河区城市管理局' }").size());
        assertTrue(region.getList("data.basisReport.unexercised.departmentName", String.class).contains("清河区城市管理局"));

        JsonPath backwards = Gql.as(Role.LEADER, REPORT, Map.of("i", Map.of("from", from.toString(), "to", from.minusDays(1).toString())));
        Gql.error(backwards, "VALIDATION");
        assertEquals("input.to", backwards.getString("errors[0].extensions.field"));

        // the download holds the same three reports
        Response sheet = download(Role.ESTABLISHMENT_OFFICE, from, environment);
        sheet.then().statusCode(200).contentType(SheetWriter.XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(sheet.asByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("未行使的权责事项", "事项办件排行", "未填依据的案件"), sheets.stream().map(Sheet::getName).toList());
            List<Row> unused = sheets.get(0).read();
            assertEquals(published - 2, unused.size() - 2);
            List<Row> top = sheets.get(1).read();
            assertTrue(top.get(0).getCellText(0).contains("填报率 75.00%"), top.get(0).getCellText(0));
            assertEquals(office.getString("data.basisReport.topItems[0].itemCode"), top.get(2).getCellText(2));
            assertEquals("2", top.get(2).getCellText(5));
            List<Row> cases = sheets.get(2).read();
            assertEquals(3, cases.size());
            assertEquals("清河区生态环境局", cases.get(2).getCellText(5));
        }
        download(Role.DEPARTMENT, from, Cases.unitId("JZ-QH-D11")).then().statusCode(403);
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.LEADER)).queryParam("to", from.toString())
                .get("/api/cases/basis-report/export").then().statusCode(400);
    }

    static Response download(Role role, OffsetDateTime from, String unitId) {
        return RestAssured.given().auth().oauth2(Keycloak.tokenFor(role)).queryParam("unitId", unitId)
                .queryParam("from", from.toString()).queryParam("to", from.plusDays(1).toString()).get("/api/cases/basis-report/export");
    }
}

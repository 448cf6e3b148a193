package cn.lvzhi.staffing;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.testing.Tracking;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Yearly workload from .xlsx: written through recordWorkload's own rules and write, visible in workloadSummary; every
 * bad cell is named by row and column and nothing is written; only the establishment office imports.
 */
@QuarkusTest
class WorkloadImportTest {
    static final List<String> HEADERS = List.of("事项编码", "事项名称", "办理科室", "受理量", "办结量");
    static final String SUMMARY = """
            query($y: Int!) { workloadSummary(year: $y) { offices { office { code } items received completed } } }""";

    static Response upload(Role role, int year, byte[] xlsx) {
        return Imports.multipart(role == null ? null : Keycloak.tokenFor(role), "业务量.xlsx", xlsx, Imports.XLSX)
                .queryParam("year", year).post("/api/staffing/workload/import");
    }

    static List<String> powerCodesOf(String unitCode, int n) {
        return Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!, $n: Int) { listItems(filter: {kind: POWER, unitId: $u}, first: $n) { edges { node { code } } } }""",
                Map.of("u", Mandates.unitId(unitCode), "n", n))).getList("data.listItems.edges.node.code");
    }

    static Map<String, Object> office(int year, String code) {
        return Tracking.office(SUMMARY, Map.of("y", year)).getMap("data.workloadSummary.offices.find { it.office.code == '" + code + "' }");
    }

    @Test
    void aValidSheetIsRecordedAndShowsInTheSummary() {
        int year = 2011;
        List<String> items = powerCodesOf("JZ-QH-D12", 3);
        byte[] first = Imports.sheetOf(HEADERS, List.of(
                List.of(items.get(0), "（仅供阅读）", "JZ-QH-D12-K01", 120, 100),
                List.of(items.get(1), "", "某科（JZ-QH-D12-K01）", "80", "80"),
                List.of(items.get(2), "", "JZ-QH-D12-K02", 30, 0)));
        JsonPath done = upload(Role.ESTABLISHMENT_OFFICE, year, first).then().statusCode(200).extract().jsonPath();
        assertEquals(3, done.getInt("recorded"));
        assertEquals(year, done.getInt("year"));
        assertEquals(List.of(), done.getList("errors"));
        Map<String, Object> k01 = office(year, "JZ-QH-D12-K01");
        assertEquals(List.of(2, 200, 180), List.of(k01.get("items"), k01.get("received"), k01.get("completed")));

        // a second sheet replaces the item's figures of the year, as recordWorkload does
        upload(Role.ESTABLISHMENT_OFFICE, year, Imports.sheetOf(HEADERS, List.of(List.of(items.get(1), "", "JZ-QH-D12-K01", 10, 5))))
                .then().statusCode(200);
        k01 = office(year, "JZ-QH-D12-K01");
        assertEquals(List.of(2, 130, 105), List.of(k01.get("items"), k01.get("received"), k01.get("completed")));
    }

    @Test
    void everyBadCellIsNamedAndNothingIsWritten() {
        int year = 2012;
        List<String> items = powerCodesOf("JZ-QH-D12", 4);
        List<List<Object>> rows = List.of(
                List.of(items.get(0), "", "JZ-QH-D12-K01", 10, 10),            // 2: good
                List.of("NO-SUCH-ITEM", "", "JZ-QH-D12-K01", 10, 10),          // 3: unknown item
                List.of(items.get(1), "", "JZ-QH-D99-K01", 10, 10),            // 4: unknown office
                List.of(items.get(2), "", "JZ-QH-D10-K01", 10, 10),            // 5: office of another department
                List.of(items.get(3), "", "JZ-QH-D12-K01", -1, 0),             // 6: negative
                List.of(items.get(3), "", "JZ-QH-D12-K01", "12.5", 3),         // 7: not whole
                List.of(items.get(0), "", "JZ-QH-D12-K01", 1, 1),              // 8: item twice
                List.of("", "", "JZ-QH-D12-K01", 1, ""));                      // 9: blanks
        JsonPath body = upload(Role.ESTABLISHMENT_OFFICE, year, Imports.sheetOf(HEADERS, rows)).then().statusCode(400).extract().jsonPath();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 9), body.getList("errors.row"));
        assertEquals(List.of("事项编码", "办理科室", "办理科室", "受理量", "受理量", "事项编码", "事项编码", "办结量"),
                body.getList("errors.column"));
        List<String> reasons = body.getList("errors.message");
        assertEquals("权责事项 NO-SUCH-ITEM 不存在", reasons.get(0));
        assertEquals("单位编码 JZ-QH-D99-K01 不存在", reasons.get(1));
        assertEquals(WorkloadRules.WRONG_OFFICE, reasons.get(2), "the mutation's own rule");
        assertEquals(WorkloadRules.NEGATIVE, reasons.get(3));
        assertTrue(reasons.get(4).contains("不是整数"), reasons.get(4));
        assertEquals(WorkloadRules.TWICE, reasons.get(5));
        assertEquals(List.of("必填项为空", "必填项为空"), reasons.subList(6, 8));
        assertEquals(List.of(), Tracking.office(SUMMARY, Map.of("y", year)).getList("data.workloadSummary.offices"), "nothing was written");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DEPARTMENT", "COMMITTEE", "LEADER"})
    void onlyTheEstablishmentOfficeImports(Role role) {
        int year = 2013;
        byte[] xlsx = Imports.sheetOf(HEADERS, List.of(List.of(powerCodesOf("JZ-QH-D12", 1).get(0), "", "JZ-QH-D12-K01", 1, 1)));
        Response r = upload(role, year, xlsx);
        r.then().statusCode(403);
        assertEquals("FORBIDDEN", r.jsonPath().getString("errors[0].extensions.code"));
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(role)).get("/api/staffing/workload/template.xlsx").then().statusCode(403);
        assertEquals(List.of(), Tracking.office(SUMMARY, Map.of("y", year)).getList("data.workloadSummary.offices"));
    }

    @Test
    void theTemplateHasTheHeadersAndBadRequestsAreRefused() throws IOException {
        byte[] template = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE)).queryParam("year", 2025)
                .get("/api/staffing/workload/template.xlsx").then().statusCode(200).contentType(Imports.XLSX).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(HEADERS, IntStream.range(0, 5).mapToObj(rows.get(1)::getCellText).toList());
            assertTrue(rows.get(0).getCellText(0).startsWith("2025"));
        }
        Response empty = upload(Role.ESTABLISHMENT_OFFICE, 2025, template);
        empty.then().statusCode(400);
        assertTrue(empty.jsonPath().getString("errors[0].message").contains("没有数据行"));
        Response badYear = upload(Role.ESTABLISHMENT_OFFICE, 1999, template);
        badYear.then().statusCode(400);
        assertEquals("year", badYear.jsonPath().getString("errors[0].extensions.field"));
        upload(null, 2025, template).then().statusCode(401);
    }
}

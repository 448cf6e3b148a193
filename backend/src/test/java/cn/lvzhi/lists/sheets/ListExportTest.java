package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list downloads as .xlsx with Chinese headers, holding exactly what the same query shows. */
@QuarkusTest
class ListExportTest {

    static Response export(String token, String query) {
        var request = RestAssured.given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.get("/api/lists/export?" + query);
    }

    @Test
    void powerListExportsWhatTheQueryShows() throws IOException {
        Response r = export(Keycloak.tokenFor(Role.GRID_WORKER), "kind=POWER&keyword=噪声");
        r.then().statusCode(200).contentType(SheetWriter.XLSX);
        assertTrue(r.getHeader("Content-Disposition").contains("filename*=UTF-8''%E6%9D%83%E8%B4%A3%E6%B8%85%E5%8D%95_"),
                r.getHeader("Content-Disposition"));

        var expected = Gql.data(Gql.as(Role.GRID_WORKER, "{ listItems(filter: {kind: POWER, keyword: \"噪声\"}, first: 200) { totalCount edges { node { code } } } }"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet sheet = wb.getFirstSheet();
            assertEquals("权责清单", sheet.getName());
            List<Row> rows = sheet.read();
            assertTrue(rows.get(0).getCellText(0).startsWith("权责清单（导出日期："), rows.get(0).getCellText(0));
            Row header = rows.get(1);
            assertEquals(List.of("序号", "事项编码", "事项名称", "实施主体", "实施主体编码", "权力类型", "实施层级", "设定依据", "通用目录编码", "监管责任", "版本"),
                    IntStream.range(0, header.getCellCount()).mapToObj(header::getCellText).toList());
            List<Row> data = rows.subList(2, rows.size());
            assertEquals(expected.getInt("data.listItems.totalCount"), data.size());
            assertEquals(expected.getList("data.listItems.edges.node.code"), data.stream().map(row -> row.getCellText(1)).toList());
            assertTrue(data.stream().allMatch(row -> row.getCellText(2).contains("噪声") || row.getCellText(7).contains("噪声")
                    || row.getCellText(9).contains("噪声")));
            assertTrue(data.stream().allMatch(row -> row.getCellText(10).matches("第\\d+版")));
            assertTrue(data.stream().noneMatch(row -> row.getCellText(3).isBlank()), "owner unit names filled");
            assertTrue(data.stream().allMatch(row -> row.getCellText(4).startsWith("JZ-")), "owner unit codes filled");
        }
    }

    @Test
    void otherListsExportTheirContent() throws IOException {
        Response r = export(Keycloak.tokenFor(Role.TOWNSHIP), "kind=BOUNDARY&keyword=建筑工地噪声");
        r.then().statusCode(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            Row site = rows.stream().filter(row -> "建筑工地噪声污染监管".equals(row.getCellText(2))).findFirst().orElseThrow();
            Row header = rows.get(1);
            assertEquals(List.of("序号", "事项编码", "事项名称", "牵头单位", "牵头单位编码", "边界类型", "牵头单位职责", "配合单位及职责",
                    "责任科室", "协同流程", "法律依据", "批次", "版本"), IntStream.range(0, header.getCellCount()).mapToObj(header::getCellText).toList());
            assertEquals("清河区生态环境局", site.getCellText(3));
            assertEquals("JZ-QH-D10", site.getCellText(4));
            assertEquals("部门间", site.getCellText(5));
            assertTrue(site.getCellText(6).length() > 10, "the lead's responsibility");
            assertTrue(site.getCellText(7).startsWith("清河区城市管理局（JZ-QH-D11）："), site.getCellText(7));
        }
    }

    @Test
    void theTemplateHasTheHeadersAndNoRows() throws IOException {
        Response r = export(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "kind=TERRITORIAL&template=true");
        r.then().statusCode(200);
        assertTrue(r.getHeader("Content-Disposition").contains("lvzhi-territorial-template.xlsx"), r.getHeader("Content-Disposition"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(2, rows.size(), "title and headers only");
            assertTrue(rows.get(0).getCellText(0).contains("必填列"), rows.get(0).getCellText(0));
            assertEquals("牵头部门编码", rows.get(1).getCellText(4));
        }
    }

    @Test
    void badRequestsAreRefusedClearly() {
        Response missing = export(Keycloak.tokenFor(Role.LEADER), "keyword=x");
        missing.then().statusCode(400);
        assertEquals("VALIDATION", missing.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("kind", missing.jsonPath().getString("errors[0].extensions.field"));
        export(Keycloak.tokenFor(Role.LEADER), "kind=NOPE").then().statusCode(400);
        export(null, "kind=POWER").then().statusCode(401);
    }
}

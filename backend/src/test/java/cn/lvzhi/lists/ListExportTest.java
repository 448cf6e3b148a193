package cn.lvzhi.lists;

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
        r.then().statusCode(200).contentType(ListExportResource.XLSX);
        assertTrue(r.getHeader("Content-Disposition").contains("filename*=UTF-8''%E6%9D%83%E8%B4%A3%E6%B8%85%E5%8D%95_"),
                r.getHeader("Content-Disposition"));

        var expected = Gql.data(Gql.as(Role.GRID_WORKER, "{ listItems(filter: {kind: POWER, keyword: \"噪声\"}, first: 200) { totalCount edges { node { code } } } }"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet sheet = wb.getFirstSheet();
            assertEquals("权责清单", sheet.getName());
            List<Row> rows = sheet.read();
            assertTrue(rows.get(0).getCellText(0).startsWith("权责清单（导出日期："), rows.get(0).getCellText(0));
            Row header = rows.get(1);
            assertEquals(List.of("序号", "事项编码", "事项名称", "责任单位", "权力类型", "实施层级", "设定依据", "通用目录编码", "监管责任", "版本"),
                    IntStream.range(0, header.getCellCount()).mapToObj(header::getCellText).toList());
            List<Row> data = rows.subList(2, rows.size());
            assertEquals(expected.getInt("data.listItems.totalCount"), data.size());
            assertEquals(expected.getList("data.listItems.edges.node.code"), data.stream().map(row -> row.getCellText(1)).toList());
            assertTrue(data.stream().allMatch(row -> row.getCellText(2).contains("噪声") || row.getCellText(6).contains("噪声")
                    || row.getCellText(8).contains("噪声")));
            assertTrue(data.stream().allMatch(row -> row.getCellText(9).matches("第\\d+版")));
            assertTrue(data.stream().noneMatch(row -> row.getCellText(3).isBlank()), "owner unit names filled");
        }
    }

    @Test
    void otherListsExportTheirContent() throws IOException {
        Response r = export(Keycloak.tokenFor(Role.TOWNSHIP), "kind=BOUNDARY&keyword=建筑工地噪声");
        r.then().statusCode(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            Row site = rows.stream().filter(row -> "建筑工地噪声污染监管".equals(row.getCellText(2))).findFirst().orElseThrow();
            assertEquals("清河区生态环境局", site.getCellText(3));
            assertTrue(site.getCellText(4).length() > 10, "主要内容 carries the responsibilities");
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

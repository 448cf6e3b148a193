package cn.lvzhi.lists.comparisons;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both kinds of comparison report download as .xlsx with Chinese headers, with the visibility of the query. */
@QuarkusTest
class ComparisonExportTest {
    static Response export(Role role, String id) {
        return RestAssured.given().auth().oauth2(Keycloak.tokenFor(role)).get("/api/lists/comparisons/" + id + "/export");
    }

    static List<List<String>> sheet(Response r) throws IOException {
        r.then().statusCode(200).contentType(SheetWriter.XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            return wb.getFirstSheet().read().stream()
                    .map(row -> IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList()).toList();
        }
    }

    @Test
    void crossLevelReportExportsItsRows() throws IOException {
        String id = Lists.storedComparison();
        List<List<String>> rows = sheet(export(Role.DEPARTMENT, id));
        assertTrue(rows.get(0).get(0).startsWith("上下联动比对报告（清河区生态环境局 — 江州市生态环境局，"), rows.get(0).get(0));
        assertEquals(List.of("序号", "差异类型", "通用目录编码", "事项名称", "本级清单", "上级清单"), rows.get(1));
        // rows in catalogue-code order, as the report stores them
        assertEquals(List.of("1 权力类型不一致 320999-STHJ-JC-0004", "2 多项 320999-STHJ-JC-0005", "3 缺项 320999-STHJ-XK-0002"),
                rows.subList(2, rows.size()).stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).toList());
    }

    @Test
    void fusionReportExportsItsRows() throws IOException {
        String id = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "mutation($i: RunFusionInput!) { runListFusion(input: $i) { comparison { id } } }",
                Map.of("i", Map.of("unitId", ComparisonApiTest.unitId("JZ-QH-D13"))))).getString("data.runListFusion.comparison.id");
        Response r = export(Role.ESTABLISHMENT_OFFICE, id);
        assertTrue(r.getHeader("Content-Disposition").contains("filename*=UTF-8''"), r.getHeader("Content-Disposition"));
        List<List<String>> rows = sheet(r);
        assertEquals("两单融合比对报告", rows.get(0).get(0).substring(0, 8));
        assertEquals(List.of("序号", "差异类型", "权责事项编码", "事项名称", "政务服务事项", "权责事项"), rows.get(1));
        assertEquals(List.of(
                        List.of("1", "实施层级不一致", "QH-D13-QL-0007", "农村村民宅基地审批", "县级", "乡级"),
                        List.of("2", "不对应（无政务服务事项）", "QH-D13-QL-0020", "农村土地承包经营纠纷仲裁", "", "行政裁决")),
                rows.subList(2, rows.size()));
    }

    @Test
    void aReportTheCallerMayNotSeeIsNotFoundLikeAMissingOne() {
        String id = Lists.storedComparison();
        for (Role role : List.of(Role.TOWNSHIP, Role.GRID_WORKER)) {
            Response r = export(role, id);
            r.then().statusCode(404);
            assertEquals("NOT_FOUND", r.jsonPath().getString("errors[0].extensions.code"));
        }
        export(Role.LEADER, "99999999").then().statusCode(404);
        RestAssured.given().get("/api/lists/comparisons/" + id + "/export").then().statusCode(401);
    }
}

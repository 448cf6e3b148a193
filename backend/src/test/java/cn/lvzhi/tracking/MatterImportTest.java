package cn.lvzhi.tracking;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Establishment matters from and to .xlsx: upserts by (unit, 批复文号, 事项类型) with created/updated/unchanged counts,
 * an exported sheet imports back unchanged, any bad cell imports nothing and is named by row and column, and only the
 * establishment office of the region imports.
 */
@QuarkusTest
class MatterImportTest {
    static final List<String> HEADERS = List.of("单位", "事项类型", "批复文号", "批复日期", "事项内容");
    static final String MATTERS = """
            query($f: EstablishmentMatterFilter) { establishmentMatters(filter: $f, first: 100) {
              totalCount edges { node { documentNo kind approvedOn content version } } } }""";

    static Response upload(Role role, byte[] xlsx) {
        return Imports.multipart(role == null ? null : Keycloak.tokenFor(role), "事项.xlsx", xlsx, Imports.XLSX)
                .post("/api/tracking/matters/import");
    }

    /**
     * A day of its own in the past, so this test's matters are the only ones approved on it: 2023–2024, after every
     * test round's window (Tracking.freshPlanDate) and before the demo's matters.
     */
    static LocalDate ownDay() {
        return LocalDate.of(2023, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 731));
    }

    static JsonPath mattersOn(LocalDate day) {
        return Gql.data(Gql.as(Role.LEADER, MATTERS, Map.of("f", Map.of("approvedFrom", day.toString(), "approvedTo", day.toString()))));
    }

    static int regionMatters() {
        return Gql.data(Gql.as(Role.LEADER, "{ establishmentMatters(first: 1) { totalCount } }"))
                .getInt("data.establishmentMatters.totalCount");
    }

    @Test
    void shouldCreateUpdateAndLeaveUnchangedByUnitDocumentAndKind() {
        LocalDate day = ownDay();
        String a = "清编〔" + day.getYear() + "〕" + Lists.unique() + "号";
        String b = "清编〔" + day.getYear() + "〕" + Lists.unique() + "号";
        byte[] first = Imports.sheetOf(HEADERS, List.of(
                List.of("清河区生态环境局（JZ-QH-D10）", "设立", a, day.toString(), "设立环境监测站"),
                List.of("JZ-QH-D11", "变更", b, day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日", "职责调整"),
                List.of("JZ-QH-D10", "撤销", a, day, "撤销某内设机构")));
        JsonPath created = upload(Role.ESTABLISHMENT_OFFICE, first).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 0, 0), List.of(created.getInt("created"), created.getInt("updated"), created.getInt("unchanged")));
        assertEquals(List.of(), created.getList("errors"));

        byte[] second = Imports.sheetOf(HEADERS, List.of(
                List.of("JZ-QH-D10", "设立", a, day.toString(), "设立环境监测站"),
                List.of("JZ-QH-D11", "变更", b, day.toString(), "职责调整，增加执法职责"),
                List.of("JZ-QH-D11", "合并", b, day.toString(), "合并两个科室")));
        JsonPath again = upload(Role.ESTABLISHMENT_OFFICE, second).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 1, 1), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged")));

        JsonPath stored = mattersOn(day);
        assertEquals(4, stored.getInt("data.establishmentMatters.totalCount"));
        Map<String, Object> changed = stored.getMap("data.establishmentMatters.edges.node.find { it.kind == 'CHANGE' }");
        assertEquals("职责调整，增加执法职责", changed.get("content"));
        assertEquals(1, changed.get("version"), "an update bumps the version");
        Map<String, Object> setUp = stored.getMap("data.establishmentMatters.edges.node.find { it.kind == 'SET_UP' }");
        assertEquals(0, setUp.get("version"), "an equal row changes nothing");
        assertEquals(day.toString(), setUp.get("approvedOn"));
    }

    @Test
    void anExportedSheetImportsBackUnchanged() throws IOException {
        LocalDate day = ownDay();
        for (String kind : List.of("SET_UP", "MERGE")) {
            Tracking.matter(Mandates.unitId("JZ-QH-D12"), kind, day);
        }
        Response export = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE))
                .queryParam("approvedFrom", day.toString()).queryParam("approvedTo", day.toString())
                .get("/api/tracking/matters/export");
        export.then().statusCode(200).contentType(Imports.XLSX);
        byte[] xlsx = export.asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(List.of("序号", "单位", "事项类型", "批复文号", "批复日期", "事项内容"),
                    IntStream.range(0, 6).mapToObj(rows.get(1)::getCellText).toList());
            assertEquals(4, rows.size(), "title, headers, two matters");
            assertTrue(rows.get(2).getCellText(1).endsWith("（JZ-QH-D12）"), rows.get(2).getCellText(1));
            assertEquals("设立", rows.get(2).getCellText(2));
            assertEquals(day.toString(), rows.get(2).getCellText(4));
        }
        JsonPath back = upload(Role.ESTABLISHMENT_OFFICE, xlsx).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(0, 0, 2), List.of(back.getInt("created"), back.getInt("updated"), back.getInt("unchanged")));
    }

    @Test
    void everyBadCellIsNamedAndNothingIsWritten() {
        LocalDate day = ownDay();
        String doc = "清编〔" + day.getYear() + "〕" + Lists.unique() + "号";
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("JZ-QH-D10", "设立", doc, day.toString(), "好的一行"));                  // row 2
        rows.add(List.of("JZ-QH-D99", "设立", doc + "1", day.toString(), "单位不存在"));          // 3
        rows.add(List.of("江州市某局（JZ-D10）", "设立", doc + "2", day.toString(), "外辖区单位")); // 4
        rows.add(List.of("JZ-QH-D10", "新设", doc + "3", day.toString(), "类型错误"));             // 5
        rows.add(List.of("JZ-QH-D10", "设立", " ", day.toString(), "文号为空"));                  // 6
        rows.add(List.of("JZ-QH-D10", "设立", "文".repeat(101), day.toString(), "文号过长"));      // 7
        rows.add(List.of("JZ-QH-D10", "设立", doc + "4", "2025-02-30", "日期无效"));               // 8
        rows.add(List.of("JZ-QH-D10", "设立", doc + "5", tomorrow.toString(), "未来日期"));        // 9
        rows.add(List.of("JZ-QH-D10", "设立", doc + "6", day.toString(), " "));                   // 10
        rows.add(List.of("JZ-QH-D10", "设立", doc, day.toString(), "与第 2 行重复"));             // 11
        int before = regionMatters();

        JsonPath body = upload(Role.ESTABLISHMENT_OFFICE, Imports.sheetOf(HEADERS, rows)).then().statusCode(400).extract().jsonPath();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11), body.getList("errors.row"));
        assertEquals(List.of("单位", "单位", "事项类型", "批复文号", "批复文号", "批复日期", "批复日期", "事项内容", "批复文号"),
                body.getList("errors.column"));
        assertEquals(List.of("VALIDATION"), body.getList("errors.extensions.code").stream().distinct().toList());
        List<String> reasons = body.getList("errors.message");
        assertEquals("单位编码 JZ-QH-D99 不存在或不在本辖区", reasons.get(0));
        assertEquals("单位编码 JZ-D10 不存在或不在本辖区", reasons.get(1), "another region's unit reads like a missing one");
        assertTrue(reasons.get(2).contains("新设") && reasons.get(2).contains("设立、变更、合并、撤销"), reasons.get(2));
        assertEquals("必填项为空", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("最长 100 字"), reasons.get(4));
        assertTrue(reasons.get(5).contains("不是有效日期"), reasons.get(5));
        assertTrue(reasons.get(6).contains("不在 1949-10-01 至 "), reasons.get(6));
        assertEquals("必填项为空", reasons.get(7));
        assertEquals("与第 2 行的单位、批复文号和事项类型相同", reasons.get(8));
        assertTrue(body.getString("message").contains("9 处错误"), body.getString("message"));

        assertEquals(before, regionMatters(), "nothing was written");
        assertEquals(0, mattersOn(day).getInt("data.establishmentMatters.totalCount"), "not even the good row");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DEPARTMENT", "COMMITTEE", "LEADER", "TOWNSHIP"})
    void onlyTheEstablishmentOfficeImports(Role role) {
        LocalDate day = ownDay();
        // the day is random among two years, so another test may have used it: nothing is added to what it holds
        int before = mattersOn(day).getInt("data.establishmentMatters.totalCount");
        byte[] xlsx = Imports.sheetOf(HEADERS, List.of(List.of("JZ-QH-D10", "设立", "清编〔2020〕1号", day.toString(), "内容")));
        Response r = upload(role, xlsx);
        r.then().statusCode(403);
        assertEquals("FORBIDDEN", r.jsonPath().getString("errors[0].extensions.code"));
        assertEquals(before, mattersOn(day).getInt("data.establishmentMatters.totalCount"));
    }

    @Test
    void withoutATokenTheUploadIsUnauthenticated() {
        upload(null, Imports.sheetOf(HEADERS, List.of())).then().statusCode(401);
    }

    @Test
    void unusableFilesAreRefusedAsAWhole() {
        Response notExcel = Imports.multipart(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "a.xlsx", "单位,事项类型".getBytes(), Imports.XLSX)
                .post("/api/tracking/matters/import");
        notExcel.then().statusCode(400);
        assertEquals("file", notExcel.jsonPath().getString("errors[0].extensions.field"));
        assertTrue(notExcel.jsonPath().getString("errors[0].message").contains(".xlsx"));

        Response csv = Imports.multipart(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "a.csv", "单位".getBytes(), "text/csv")
                .post("/api/tracking/matters/import");
        csv.then().statusCode(400);
        assertTrue(csv.jsonPath().getString("errors[0].message").contains(".xlsx"));

        Response tooLarge = Imports.multipart(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "big.xlsx", new byte[5 * 1024 * 1024 + 1],
                Imports.XLSX).post("/api/tracking/matters/import");
        tooLarge.then().statusCode(400);
        assertTrue(tooLarge.jsonPath().getString("errors[0].message").contains("5 MB"));

        Response wrongHeaders = upload(Role.ESTABLISHMENT_OFFICE, Imports.sheetOf(List.of("单位", "批复文号", "内容"),
                List.of(List.of("JZ-QH-D10", "x", "y"))));
        wrongHeaders.then().statusCode(400);
        String missing = wrongHeaders.jsonPath().getString("errors[0].message");
        assertTrue(missing.contains("事项类型") && missing.contains("批复日期") && missing.contains("事项内容"), missing);

        byte[] template = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE))
                .queryParam("template", true).get("/api/tracking/matters/export").then().statusCode(200).extract().asByteArray();
        Response empty = upload(Role.ESTABLISHMENT_OFFICE, template);
        empty.then().statusCode(400);
        assertTrue(empty.jsonPath().getString("errors[0].message").contains("没有数据行"));
    }
}

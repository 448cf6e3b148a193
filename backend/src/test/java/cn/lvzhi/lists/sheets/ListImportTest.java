package cn.lvzhi.lists.sheets;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static cn.lvzhi.testing.Imports.POWER_HEADERS;
import static cn.lvzhi.testing.Imports.await;
import static cn.lvzhi.testing.Imports.powerRow;
import static cn.lvzhi.testing.Imports.sheet;
import static cn.lvzhi.testing.Imports.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Excel import of the lists: every row checked first, all-or-nothing, errors by row and column, exported sheets
 * import back unchanged, retries return the first import, and only the establishment office imports.
 */
@QuarkusTest
class ListImportTest {
    static String bianban() {
        return Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE);
    }

    static int publishedPowerItems() {
        return Gql.data(Gql.as(Role.LEADER, "{ listItems(filter: {kind: POWER}, first: 1) { totalCount } }"))
                .getInt("data.listItems.totalCount");
    }

    static JsonPath item(String code) {
        return Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query($k: String) { listItems(filter: {kind: POWER, keyword: $k}, first: 5) {
                  edges { node { id code name status publishedVersion versions { versionNo } } } } }""", Map.of("k", code)));
    }

    static long started(Response r, int status) {
        return r.then().log().ifValidationFails().statusCode(status).extract().jsonPath().getLong("id");
    }

    @Test
    void newRowsArePublishedAndChangedRowsGetANewVersion() {
        String prefix = "IMP-" + Lists.unique();
        byte[] first = sheet(POWER_HEADERS, List.of(powerRow(prefix + "-1", "JZ-QH-D05"), powerRow(prefix + "-2", "JZ-QH-D05")));
        JsonPath done = await(Role.ESTABLISHMENT_OFFICE, started(upload(bianban(), "POWER", "第一批.xlsx", first, null), 202));
        assertEquals("SUCCEEDED", done.getString("data.listImport.status"), done.prettify());
        assertEquals(2, done.getInt("data.listImport.createdCount"));
        assertEquals(2, done.getInt("data.listImport.processedRows"));
        assertEquals("第一批.xlsx", done.getString("data.listImport.fileName"));

        List<String> renamed = new ArrayList<>(powerRow(prefix + "-2", "JZ-QH-D05"));
        renamed.set(1, "更名后的处罚事项" + prefix);
        byte[] second = sheet(POWER_HEADERS, List.of(powerRow(prefix + "-1", "JZ-QH-D05"), renamed, powerRow(prefix + "-3", "JZ-QH-D20")));
        JsonPath again = await(Role.ESTABLISHMENT_OFFICE, started(upload(bianban(), "POWER", "第二批.xlsx", second, null), 202));
        assertEquals("SUCCEEDED", again.getString("data.listImport.status"), again.prettify());
        assertEquals(List.of(1, 1, 1), List.of(again.getInt("data.listImport.createdCount"),
                again.getInt("data.listImport.updatedCount"), again.getInt("data.listImport.unchangedCount")));

        JsonPath two = item(prefix + "-2");
        assertEquals("更名后的处罚事项" + prefix, two.getString("data.listItems.edges[0].node.name"));
        assertEquals(2, two.getInt("data.listItems.edges[0].node.publishedVersion"));
        assertEquals(List.of(1, 2), two.getList("data.listItems.edges[0].node.versions.versionNo"));
        assertEquals(List.of(1), item(prefix + "-1").getList("data.listItems.edges[0].node.versions.versionNo"),
                "an unchanged row publishes no version");
        assertEquals("PUBLISHED", item(prefix + "-3").getString("data.listItems.edges[0].node.status"));
    }

    @Test
    void oneBadRowImportsNothingAndEveryErrorIsListed() throws IOException {
        String prefix = "IMP-" + Lists.unique();
        String pendingItem = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE,
                Lists.pendingAddition(Gql.data(Gql.as(Role.LEADER, "{ unitByCode(code: \"JZ-QH-D10\") { id } }")).getString("data.unitByCode.id")),
                true, null)).getString("data.decideListChange.change.item.id");
        String pendingCode = Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { listItem(id: $id) { code } }", Map.of("id", pendingItem)))
                .getString("data.listItem.code");
        Gql.data(Lists.propose(Role.DEPARTMENT, Map.of("changeType", "RETIRE", "itemId", pendingItem, "baseVersion", 1, "reason", "职责取消")));

        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(powerRow(prefix + "-" + i, "JZ-QH-D05"));
        }
        List<String> badType = new ArrayList<>(powerRow(prefix + "-6", "JZ-QH-D05"));
        badType.set(3, "行政指导");
        rows.add(badType);
        rows.add(powerRow(prefix + "-7", "JZ-QH-D99"));
        rows.add(powerRow(prefix + "-1", "JZ-QH-D05"));
        rows.add(powerRow(prefix + "-9", "JZ-D10"));
        rows.add(powerRow(pendingCode, "JZ-QH-D10"));
        List<String> noName = new ArrayList<>(powerRow(prefix + "-11", "JZ-QH-D05"));
        noName.set(1, "");
        rows.add(noName);

        int before = publishedPowerItems();
        Response r = upload(bianban(), "POWER", "有错误.xlsx", sheet(POWER_HEADERS, rows), null);
        JsonPath failed = await(Role.ESTABLISHMENT_OFFICE, started(r, 200));
        assertEquals("FAILED", failed.getString("data.listImport.status"));
        assertEquals(6, failed.getInt("data.listImport.errorCount"));
        assertEquals(11, failed.getInt("data.listImport.totalRows"));
        assertEquals(0, failed.getInt("data.listImport.createdCount"));
        assertEquals(List.of(7, 8, 9, 10, 11, 12), failed.getList("data.listImport.errors.row"));
        assertEquals(List.of("权力类型", "实施主体编码", "事项编码", "实施主体编码", "事项编码", "事项名称"),
                failed.getList("data.listImport.errors.column"));
        List<String> reasons = failed.getList("data.listImport.errors.reason");
        assertTrue(reasons.get(0).contains("行政指导") && reasons.get(0).contains("行政处罚"), reasons.get(0));
        assertEquals("单位编码 JZ-QH-D99 不存在", reasons.get(1));
        assertEquals("与第 2 行的事项编码 " + prefix + "-1 重复", reasons.get(2));
        assertTrue(reasons.get(3).contains("不在本辖区"), reasons.get(3));
        assertTrue(reasons.get(4).contains("待审核的调整申请"), reasons.get(4));
        assertEquals("必填项为空", reasons.get(5));

        assertEquals(before, publishedPowerItems(), "nothing was imported");
        assertTrue(item(prefix + "-1").getList("data.listItems.edges").isEmpty(), "not even the good rows");

        Response sheet = RestAssured.given().auth().oauth2(bianban()).get("/api/lists/imports/" + failed.getLong("data.listImport.id") + "/errors");
        sheet.then().statusCode(200).contentType(Imports.XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(sheet.asByteArray()))) {
            List<Row> all = wb.getFirstSheet().read();
            assertEquals(List.of("序号", "行号", "列", "错误原因"), IntStream.range(0, 4).mapToObj(all.get(1)::getCellText).toList());
            assertEquals(6, all.size() - 2);
            assertEquals(List.of("8", "实施主体编码", "单位编码 JZ-QH-D99 不存在"),
                    IntStream.range(1, 4).mapToObj(all.get(3)::getCellText).toList());
        }
    }

    @ParameterizedTest(name = "{0} of {1} imports back unchanged")
    @CsvSource({"POWER, JZ-QH-D21", "DUTY_TASK, JZ-QH-D21", "BOUNDARY, JZ-QH-D21", "TERRITORIAL, JZ-QH-D21",
            "COLLABORATION, JZ-QH-D21", "VILLAGE, JZ-QH-T09"})
    void anExportedListImportsBackUnchanged(String kind, String unitCode) {
        String unitId = Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", unitCode)))
                .getString("data.unitByCode.id");
        byte[] exported = RestAssured.given().auth().oauth2(bianban())
                .get("/api/lists/export?kind=" + kind + "&unitId=" + unitId + "&includeSubunits=true").then().statusCode(200)
                .extract().asByteArray();
        JsonPath done = await(Role.ESTABLISHMENT_OFFICE, started(upload(bianban(), kind, "导出.xlsx", exported, null), 202));
        assertEquals("SUCCEEDED", done.getString("data.listImport.status"), done.prettify());
        assertTrue(done.getInt("data.listImport.totalRows") > 0);
        assertEquals(done.getInt("data.listImport.totalRows"), done.getInt("data.listImport.unchangedCount"));
        assertEquals(0, done.getInt("data.listImport.createdCount") + done.getInt("data.listImport.updatedCount"));
    }

    @Test
    void aRetriedUploadReturnsTheFirstImport() {
        String key = "retry-" + Lists.unique();
        byte[] xlsx = sheet(POWER_HEADERS, List.of(powerRow("IMP-" + Lists.unique(), "JZ-QH-D05")));
        long first = started(upload(bianban(), "POWER", "a.xlsx", xlsx, key), 202);
        await(Role.ESTABLISHMENT_OFFICE, first);
        int count = publishedPowerItems();
        Response again = upload(bianban(), "POWER", "a.xlsx", xlsx, key);
        assertEquals(first, started(again, 200));
        assertEquals("SUCCEEDED", again.jsonPath().getString("status"));
        assertEquals(count, publishedPowerItems());
    }

    @Test
    void aKeyReusedForAnotherSheetIsRefusedAsReused() {
        String key = "reuse-" + Lists.unique();
        long first = started(upload(bianban(), "POWER", "a.xlsx", sheet(POWER_HEADERS, List.of(powerRow("IMP-" + Lists.unique(), "JZ-QH-D05"))), key), 202);
        await(Role.ESTABLISHMENT_OFFICE, first);
        byte[] other = sheet(POWER_HEADERS, List.of(powerRow("IMP-" + Lists.unique(), "JZ-QH-D05")));
        Response reused = upload(bianban(), "POWER", "a.xlsx", other, key);
        reused.then().statusCode(409);
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void fiveThousandPowerItemsImportInOneGo() {
        String prefix = "BULK-" + Lists.unique();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            rows.add(powerRow(prefix + "-" + i, String.format("JZ-QH-D%02d", 1 + i % 35)));
        }
        int before = publishedPowerItems();
        long t0 = System.nanoTime();
        long id = started(upload(bianban(), "POWER", "五千项.xlsx", sheet(POWER_HEADERS, rows), null), 202);
        JsonPath done = await(Role.ESTABLISHMENT_OFFICE, id);
        System.out.printf("import of 5,000 power items: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertEquals("SUCCEEDED", done.getString("data.listImport.status"), done.getString("data.listImport.message"));
        assertEquals(5000, done.getInt("data.listImport.createdCount"));
        assertEquals(5000, done.getInt("data.listImport.processedRows"));
        assertEquals(before + 5000, publishedPowerItems());
    }

    @Test
    void onlyTheEstablishmentOfficeImports() {
        byte[] xlsx = sheet(POWER_HEADERS, List.of(powerRow("IMP-" + Lists.unique(), "JZ-QH-D10")));
        Response department = upload(Keycloak.tokenFor(Role.DEPARTMENT), "POWER", "a.xlsx", xlsx, null);
        department.then().statusCode(403);
        assertEquals("FORBIDDEN", department.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(department.jsonPath().getString("errors[0].message").contains("只有编办"));
        for (Role role : List.of(Role.LEADER, Role.GRID_WORKER, Role.COMMAND_CENTRE, Role.INTEGRATION)) {
            upload(Keycloak.tokenFor(role), "POWER", "a.xlsx", xlsx, null).then().statusCode(403);
        }
        upload(null, "POWER", "a.xlsx", xlsx, null).then().statusCode(401);
    }

    @Test
    void anotherUnitsImportDoesNotExistForYou() {
        long id = Long.parseLong(Imports.finishedImport());
        String error = Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(Role.DEPARTMENT), Imports.STATUS, Map.of("id", id))), "NOT_FOUND");
        assertTrue(error.contains("导入记录不存在"), error);
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.LEADER)).get("/api/lists/imports/" + id + "/errors").then().statusCode(404);
        assertTrue(Gql.data(Gql.as(Role.DEPARTMENT, "{ listImports { id } }")).getList("data.listImports.id")
                .contains(String.valueOf(id)) == false);
        assertTrue(Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "{ listImports { id } }")).getList("data.listImports.id").contains(String.valueOf(id)));
    }

    @Test
    void aFileThatIsNotAListIsRefusedAsAWhole() {
        Response notExcel = RestAssured.given().auth().oauth2(bianban()).multiPart("file", "a.xlsx", "名称,编码".getBytes(), Imports.XLSX)
                .queryParam("kind", "POWER").post("/api/lists/imports");
        notExcel.then().statusCode(400);
        assertEquals("VALIDATION", notExcel.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("file", notExcel.jsonPath().getString("errors[0].extensions.field"));

        Response missingColumn = upload(bianban(), "POWER", "a.xlsx", sheet(List.of("事项编码", "事项名称"), List.of(List.of("X-1", "某事项"))), null);
        missingColumn.then().statusCode(400);
        String message = missingColumn.jsonPath().getString("errors[0].message");
        assertTrue(message.contains("实施主体编码") && message.contains("权力类型") && message.contains("实施层级"), message);

        Response noHeader = upload(bianban(), "POWER", "a.xlsx", sheet(List.of("甲", "乙"), List.of(List.of("1", "2"))), null);
        noHeader.then().statusCode(400);
        assertTrue(noHeader.jsonPath().getString("errors[0].message").contains("表头"));

        Response empty = upload(bianban(), "POWER", "a.xlsx", sheet(POWER_HEADERS, List.of()), null);
        empty.then().statusCode(400);
        assertTrue(empty.jsonPath().getString("errors[0].message").contains("没有数据行"));

        Response noKind = RestAssured.given().auth().oauth2(bianban()).multiPart("file", "a.xlsx", sheet(POWER_HEADERS, List.of()), Imports.XLSX)
                .post("/api/lists/imports");
        noKind.then().statusCode(400);
        assertEquals("kind", noKind.jsonPath().getString("errors[0].extensions.field"));

        Response noFile = RestAssured.given().auth().oauth2(bianban()).multiPart("other", "x").queryParam("kind", "POWER").post("/api/lists/imports");
        noFile.then().statusCode(400);
        assertEquals("file", noFile.jsonPath().getString("errors[0].extensions.field"));
    }
}

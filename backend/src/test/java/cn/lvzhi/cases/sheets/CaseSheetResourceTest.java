package cn.lvzhi.cases.sheets;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case list and the statistics views download as .xlsx holding exactly what the same queries show to the same
 * caller, with Chinese headers and labels; bad parameters are refused naming the parameter.
 */
@QuarkusTest
class CaseSheetResourceTest {
    private static final String FROM = "2025-12-31T16:00:00Z";
    private static final String TO = "2026-12-31T16:00:00Z";

    static Response get(Role role, String path) {
        var request = RestAssured.given();
        if (role != null) {
            request.auth().oauth2(Keycloak.tokenFor(role));
        }
        return request.get(path);
    }

    static List<Row> rows(Response r) throws IOException {
        r.then().statusCode(200).contentType(SheetWriter.XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            return wb.getFirstSheet().read();
        }
    }

    static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    /** Every case of the filter as the cases query pages them, newest first: code → status. */
    static Map<String, String> casesQuery(Role role, String filter) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        String after = null;
        do {
            JsonPath page = Gql.data(Gql.as(role, "{ cases(filter: " + filter + ", first: 200" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { pageInfo { hasNextPage endCursor } edges { node { code status } } } }"));
            List<String> codes = page.getList("data.cases.edges.node.code");
            List<String> statuses = page.getList("data.cases.edges.node.status");
            for (int i = 0; i < codes.size(); i++) {
                found.put(codes.get(i), statuses.get(i));
            }
            after = page.getBoolean("data.cases.pageInfo.hasNextPage") ? page.getString("data.cases.pageInfo.endCursor") : null;
        } while (after != null);
        return found;
    }

    @Test
    void theCaseListExportsWhatTheQueryShowsToTheSameCaller() throws IOException {
        for (Role role : List.of(Role.LEADER, Role.DEPARTMENT)) {
            Map<String, String> expected = casesQuery(role, "{statuses: [CLOSED, COMPLETED]}");
            List<Row> rows = rows(get(role, "/api/cases/export?status=CLOSED&status=COMPLETED"));
            assertTrue(rows.get(0).getCellText(0).startsWith("案件清单（导出日期："), rows.get(0).getCellText(0));
            assertTrue(rows.get(0).getCellText(0).endsWith("共 " + expected.size() + " 件）"), rows.get(0).getCellText(0));
            assertEquals(List.of("序号", "案件编号", "标题", "事件类别", "来源", "紧急程度", "状态", "发起单位", "所在区域", "地址",
                    "上报时间", "办理时限", "承办单位", "曾有不满意评价"), texts(rows.get(1)));
            List<Row> data = rows.subList(2, rows.size());
            assertEquals(List.copyOf(expected.keySet()), data.stream().map(r -> r.getCellText(1)).toList(), role + ": same cases, same order");
            Map<String, String> label = Map.of("CLOSED", "已结案", "COMPLETED", "已办结");
            data.forEach(r -> assertEquals(label.get(expected.get(r.getCellText(1))), r.getCellText(6)));
            assertTrue(data.stream().allMatch(r -> r.getCellText(10).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")), "Beijing times");
            assertTrue(data.stream().noneMatch(r -> r.getCellText(7).isBlank()), "origin units named");
            assertTrue(data.stream().allMatch(r -> r.getCellText(12).matches(".+（(牵头|协同)(，已(退单|关闭))?）.*")), "handling units named");
        }
    }

    @Test
    void aDepartmentSeesOnlyItsOwnPartOfTheHandlers() throws IOException {
        JsonPath department = Gql.data(Gql.as(Role.DEPARTMENT,
                "{ cases(filter: {statuses: [CLOSED]}, first: 15) { edges { node { id code dispatches { toUnit { name } } } } } }"));
        List<Map<String, Object>> nodes = department.getList("data.cases.edges.node");
        String aliases = IntStream.range(0, nodes.size())
                .mapToObj(i -> "c" + i + ": case(id: \"" + nodes.get(i).get("id") + "\") { dispatches { toUnit { name } } }")
                .collect(Collectors.joining(" "));
        JsonPath leader = Gql.data(Gql.as(Role.LEADER, "{ " + aliases + " }"));
        int narrower = IntStream.range(0, nodes.size())
                .filter(i -> names(leader.getList("data.c" + i + ".dispatches")).size() > names((List<?>) nodes.get(i).get("dispatches")).size())
                .findFirst().orElseThrow(() -> new AssertionError("the demo has a closed case with dispatches the department does not see"));
        List<String> seen = names((List<?>) nodes.get(narrower).get("dispatches"));
        String code = (String) nodes.get(narrower).get("code");
        Row row = rows(get(Role.DEPARTMENT, "/api/cases/export?status=CLOSED")).stream()
                .filter(r -> code.equals(r.getCellText(1))).findFirst().orElseThrow();
        for (String unit : names(leader.getList("data.c" + narrower + ".dispatches"))) {
            assertEquals(seen.contains(unit), row.getCellText(12).contains(unit + "（"), unit + " in " + row.getCellText(12));
        }
    }

    private static List<String> names(List<?> dispatches) {
        return dispatches.stream().map(d -> (String) ((Map<?, ?>) ((Map<?, ?>) d).get("toUnit")).get("name")).toList();
    }

    @Test
    void badCaseExportParametersAreRefusedNamingThem() {
        get(Role.LEADER, "/api/cases/export?status=FINISHED").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].extensions.field", equalTo("status"));
        get(Role.LEADER, "/api/cases/export?reportedFrom=yesterday").then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("reportedFrom"));
        get(Role.LEADER, "/api/cases/export?keyword=" + "长".repeat(101)).then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("keyword"));
        get(null, "/api/cases/export").then().statusCode(401);
    }

    @Test
    void eachStatisticsViewExportsEveryGroupAndTheTotals() throws IOException {
        for (String groupBy : List.of("HANDLING_UNIT", "ORIGIN_UNIT", "MONTH")) {
            JsonPath stats = Gql.data(Gql.as(Role.LEADER, "{ caseStatistics(input: {groupBy: " + groupBy + ", from: \"" + FROM + "\", to: \"" + TO
                    + "\", minSample: 5}) { groups { label cases ratings satisfactionRate rank reopened visits } totals { cases ratings satisfactionRate } } }"));
            List<Row> rows = rows(get(Role.LEADER, "/api/cases/statistics/export?groupBy=" + groupBy + "&from=" + FROM + "&to=" + TO + "&minSample=5"));
            assertEquals("案件统计（按" + Map.of("HANDLING_UNIT", "承办单位", "ORIGIN_UNIT", "发起单位", "MONTH", "月份").get(groupBy)
                    + "，2026年1月1日至2026年12月31日）", rows.get(0).getCellText(0));
            List<String> labels = stats.getList("data.caseStatistics.groups.label");
            List<Row> data = rows.subList(2, rows.size() - 1);
            assertEquals(labels, data.stream().map(r -> r.getCellText(1)).toList(), groupBy + ": every group, in order");
            for (int i = 0; i < data.size(); i++) {
                Row r = data.get(i);
                assertEquals(stats.getInt("data.caseStatistics.groups[" + i + "].cases"), Integer.parseInt(r.getCellText(2)));
                Float rate = stats.get("data.caseStatistics.groups[" + i + "].satisfactionRate");
                assertEquals(rate == null ? "—" : percent(rate), rate == null ? r.getCellText(11) : new BigDecimal(r.getCellText(11)).setScale(2, RoundingMode.HALF_UP).toPlainString());
                Integer rank = stats.get("data.caseStatistics.groups[" + i + "].rank");
                assertEquals(rank == null ? "样本不足，不排名" : String.valueOf(rank), r.getCellText(20));
                // 重办数 and 回访数 beside the ratings
                assertEquals(stats.getInt("data.caseStatistics.groups[" + i + "].reopened"), Integer.parseInt(r.getCellText(13)));
                assertEquals(stats.getInt("data.caseStatistics.groups[" + i + "].visits"), Integer.parseInt(r.getCellText(15)));
            }
            Row total = rows.get(rows.size() - 1);
            assertEquals("合计", total.getCellText(1));
            assertEquals(stats.getInt("data.caseStatistics.totals.cases"), Integer.parseInt(total.getCellText(2)));
        }
    }

    private static String percent(Float rate) {
        return new BigDecimal(Float.toString(rate)).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void statisticsExportsAreRefusedLikeTheQuery() {
        get(Role.LEADER, "/api/cases/statistics/export?groupBy=COLOUR&from=" + FROM + "&to=" + TO).then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("groupBy"));
        get(Role.LEADER, "/api/cases/statistics/export?groupBy=MONTH&from=" + TO + "&to=" + FROM).then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("input.to"));
        get(Role.LEADER, "/api/cases/statistics/export?groupBy=MONTH&to=" + TO).then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("from"));
        get(Role.GRID_WORKER, "/api/cases/statistics/export?groupBy=MONTH&from=" + FROM + "&to=" + TO).then().statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN")).body("errors[0].message", containsString("事件统计"));
    }

    @Test
    void theSheetsLabelsAreTheWebAppsLabels() throws IOException {
        JsonPath enums = new JsonPath(java.nio.file.Files.readString(java.nio.file.Path.of("../frontend/src/locales/zh-CN/enums.json")));
        CaseLabels.STATUS.forEach((k, v) -> assertEquals(enums.getString("CaseStatus." + k.name()), v));
        CaseLabels.SOURCE.forEach((k, v) -> assertEquals(enums.getString("CaseSource." + k.name()), v));
        CaseLabels.PRIORITY.forEach((k, v) -> assertEquals(enums.getString("CasePriority." + k.name()), v));
        CaseLabels.ROLE.forEach((k, v) -> assertEquals(enums.getString("DispatchRole." + k.name()), v));
        CaseLabels.GROUP_BY.forEach((k, v) -> assertEquals(enums.getString("StatisticsGroupBy." + k.name()), v));
        CaseLabels.DISPATCH_STATUS.forEach((k, v) -> assertEquals(enums.getString("DispatchStatus." + k.name()), v));
        CaseLabels.RATING.forEach((k, v) -> assertEquals(enums.getString("RatingLevel." + k.name()), v));
        CaseLabels.APPEAL_STATUS.forEach((k, v) -> assertEquals(enums.getString("AppealStatus." + k.name()), v));
        CaseLabels.EVENT.forEach((k, v) -> assertEquals(enums.getString("CaseEventKind." + k.name()), v));
        assertEquals(java.util.EnumSet.allOf(cn.lvzhi.cases.CaseEventKind.class), CaseLabels.EVENT.keySet());
        assertFalse(CaseLabels.STATUS.isEmpty());
    }
}

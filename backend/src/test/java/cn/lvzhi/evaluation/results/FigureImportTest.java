package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetReader;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationResults;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.evaluation.EvaluationCategory.LAW_ENFORCEMENT;
import static cn.lvzhi.evaluation.EvaluationCategory.LIVELIHOOD;
import static cn.lvzhi.evaluation.EvaluationCategory.SAFETY_ENVIRONMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imported indicators (.xlsx): the template per body, all-or-nothing imports with every bad cell, who may import what. */
@QuarkusTest
class FigureImportTest {
    static final List<String> HEADERS = List.of("单位编码", "单位名称", "指标编码", "指标名称", "数值", "备注");

    static long round() {
        return EvaluationResults.round("导入测试批次", EvaluationResults.scheme(), "REPLY", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D11", LAW_ENFORCEMENT, "JZ-QH-D02", LIVELIHOOD));
    }

    static Response upload(String token, long round, String body, byte[] xlsx) {
        return Imports.multipart(token, "数据.xlsx", xlsx, Imports.XLSX).queryParam("sourceBody", body)
                .post("/api/evaluation/rounds/" + round + "/figures/import");
    }

    static Object figure(long round, String unit, String code) {
        return EvaluationResults.query("select figure from evaluation_score where round_id = ? and unit_id = ? and indicator_code = ?",
                List.of(round, EvaluationResults.unitId(unit), code));
    }

    @Test
    void theTemplateListsEveryUnitAndApplicableIndicatorOfTheBody() {
        long round = round();
        byte[] xlsx = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE)).queryParam("sourceBody", "组织部")
                .get("/api/evaluation/rounds/" + round + "/figures/template").then().statusCode(200).contentType(Imports.XLSX)
                .extract().asByteArray();
        List<SheetReader.SheetRow> rows = SheetReader.read(new ByteArrayInputStream(xlsx), "指标编码", HEADERS, 100, "模板");
        // B2 does not apply to the livelihood unit D02
        assertEquals(List.of("JZ-QH-D10", "JZ-QH-D11"), rows.stream().map(r -> r.cells().get("单位编码")).toList());
        assertEquals(List.of("B2", "B2"), rows.stream().map(r -> r.cells().get("指标编码")).toList());
        assertEquals("干部队伍建设", rows.get(0).cells().get("指标名称"));
        // a department may not fetch it; another body's template is not the organisation department's
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.DEPARTMENT)).queryParam("sourceBody", "组织部")
                .get("/api/evaluation/rounds/" + round + "/figures/template").then().statusCode(403);
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ORGANISATION)).queryParam("sourceBody", "纪委监委")
                .get("/api/evaluation/rounds/" + round + "/figures/template").then().statusCode(403);
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE)).queryParam("sourceBody", "宣传部")
                .get("/api/evaluation/rounds/" + round + "/figures/template").then().statusCode(400);
    }

    @Test
    void aSheetWithBadCellsWritesNothingAndNamesEveryCell() {
        long round = round();
        byte[] xlsx = Imports.sheetOf(HEADERS, List.of(
                List.of("JZ-QH-D10", "", "A2", "", "两次", ""),
                List.of("JZ-QH-D99", "", "A2", "", 1, ""),
                List.of("JZ-QH-D10", "", "X9", "", 1, ""),
                List.of("JZ-QH-D11", "", "A2", "", -1, ""),
                List.of("JZ-QH-D10", "", "B2", "", 1, ""),
                List.of("JZ-QH-D11", "", "A2", "", 2, ""),
                List.of("JZ-QH-D11", "", "A2", "", 3, ""),
                List.of("JZ-QH-D02", "", "A2", "", 0, "")));
        JsonPath body = upload(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), round, "纪委监委", xlsx).then().statusCode(400)
                .extract().jsonPath();
        assertEquals(List.of(2, 3, 4, 5, 6, 8), body.getList("errors.row"));
        assertEquals(List.of("数值", "单位编码", "指标编码", "数值", "指标编码", "指标编码"), body.getList("errors.column"));
        List<String> reasons = body.getList("errors.message");
        assertTrue(reasons.get(0).contains("不是数字"));
        assertTrue(reasons.get(1).contains("不在本批次评估范围内"));
        assertTrue(reasons.get(2).contains("不是本批次由“纪委监委”提供的导入指标"));
        assertTrue(reasons.get(3).contains("不能为负数"));
        assertTrue(reasons.get(5).contains("与第 7 行"));
        assertNull(figure(round, "JZ-QH-D11", "A2"), "nothing was written");
        assertNull(figure(round, "JZ-QH-D02", "A2"), "nothing was written");

        JsonPath na = upload(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), round, "组织部", Imports.sheetOf(HEADERS, List.of(
                List.of("JZ-QH-D02", "", "B2", "", 1, "")))).then().statusCode(400).extract().jsonPath();
        assertTrue(na.getString("errors[0].message").contains("不适用于单位 JZ-QH-D02"));
    }

    @Test
    void theBodyImportsItsOwnIndicatorsOnlyAndNotAfterPublication() {
        long round = round();
        byte[] xlsx = Imports.sheetOf(HEADERS, List.of(
                List.of("清河区生态环境局（JZ-QH-D10）", "清河区生态环境局", "A2", "违纪违规通报", 2, "通报批评 2 次"),
                List.of("JZ-QH-D11", "", "A2", "", 0, "")));
        upload(Keycloak.tokenFor(Role.ORGANISATION), round, "纪委监委", xlsx).then().statusCode(403);
        upload(Keycloak.tokenFor(Role.DEPARTMENT), round, "纪委监委", xlsx).then().statusCode(403);
        upload(Keycloak.tokenFor(Role.COMMAND_CENTRE), round, "纪委监委", xlsx).then().statusCode(403);
        upload(null, round, "纪委监委", xlsx).then().statusCode(401);
        JsonPath ok = upload(Keycloak.tokenFor(Role.DISCIPLINE), round, "纪委监委", xlsx).then().statusCode(200).extract().jsonPath();
        assertEquals(2, ok.getInt("rowCount"));
        assertEquals(0, new java.math.BigDecimal("2").compareTo((java.math.BigDecimal) figure(round, "JZ-QH-D10", "A2")));
        assertEquals("纪委监委", EvaluationResults.query("select source_body from evaluation_import where id = ?",
                List.of(ok.getLong("importId"))));
        assertEquals("IMPORTED", EvaluationResults.query("select figure_source from evaluation_score where import_id = ? limit 1",
                List.of(ok.getLong("importId"))));
        JsonPath breakdown = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query($r: ID!, $u: ID!) { evaluationResult(roundId: $r, unitId: $u) { nodes { code figure figureNote score } } }""",
                Map.of("r", round, "u", EvaluationResults.unitId("JZ-QH-D10"))));
        assertEquals("通报批评 2 次", breakdown.getString("data.evaluationResult.nodes.find { it.code == 'A2' }.figureNote"));
        // not marked yet: 2 occurrences × 5 off 30 count provisionally
        assertEquals(20f, breakdown.getFloat("data.evaluationResult.nodes.find { it.code == 'A2' }.score"));
        assertEquals(List.of("纪委监委"), Gql.data(Gql.as(Role.DISCIPLINE, "query($r: ID!) { evaluationImportBodies(roundId: $r) }",
                Map.of("r", round))).getList("data.evaluationImportBodies"));

        EvaluationResults.stage(round, "PUBLISHED");
        Response refused = upload(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), round, "纪委监委", xlsx);
        refused.then().statusCode(403);
        assertTrue(refused.jsonPath().getString("errors[0].message").contains("已公布"));
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE)).queryParam("sourceBody", "纪委监委")
                .get("/api/evaluation/rounds/999999999/figures/template").then().statusCode(404);
    }
}

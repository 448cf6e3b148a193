package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds .xlsx sheets the way an office would fill them in, uploads them and waits for the import to finish. */
public final class Imports {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> POWER_HEADERS = List.of("事项编码", "事项名称", "实施主体编码", "权力类型", "实施层级", "设定依据", "监管责任");
    public static final String STATUS = """
            query($id: ID!) { listImport(id: $id) { id kind fileName status totalRows processedRows createdCount updatedCount
              unchangedCount errorCount message errors(first: 200) { row column reason } } }""";
    private static String finished;

    private Imports() {
    }

    /** A workbook whose first row holds the headers and each further row one item. */
    public static byte[] sheet(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("清单");
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r + 1, c, rows.get(r).get(c));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A power-list row: a county penalty item of the unit. */
    public static List<String> powerRow(String code, String unitCode) {
        return List.of(code, "对违反噪声管理规定行为的行政处罚" + code, unitCode, "行政处罚", "县级",
                "《中华人民共和国噪声污染防治法》第八十七条", "立案调查\n作出处罚决定");
    }

    /**
     * A workbook whose first row holds the headers and each further row one record; a {@link LocalDate} becomes a real
     * Excel date cell, a number a number cell, anything else text.
     */
    public static byte[] sheetOf(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("表");
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else {
                        ws.value(r + 1, c, String.valueOf(v));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A multipart upload of the file as browsers send it (the file name in UTF-8), with the token when given. */
    public static RequestSpecification multipart(String token, String fileName, byte[] content, String type) {
        RequestSpecification request = RestAssured.given()
                .config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)))
                .multiPart("file", fileName, content, type);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request;
    }

    public static Response upload(String token, String kind, String fileName, byte[] xlsx, String idempotencyKey) {
        RequestSpecification request = multipart(token, fileName, xlsx, XLSX);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.queryParam("kind", kind).post("/api/lists/imports");
    }

    /** Polls the import until it is no longer IMPORTING; its final state. */
    public static JsonPath await(Role role, long id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonPath body = Gql.data(Gql.as(role, STATUS, Map.of("id", id)));
            if (!"IMPORTING".equals(body.getString("data.listImport.status")) || System.currentTimeMillis() > deadline) {
                return body;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return body;
            }
        }
    }

    /** A finished import of the establishment office's unit; its id. */
    public static synchronized String finishedImport() {
        if (finished == null) {
            byte[] xlsx = sheet(POWER_HEADERS, List.of(powerRow("IMP-" + Lists.unique(), "JZ-QH-D05")));
            long id = upload(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "POWER", "matrix.xlsx", xlsx, null)
                    .then().statusCode(202).extract().jsonPath().getLong("id");
            await(Role.ESTABLISHMENT_OFFICE, id);
            finished = String.valueOf(id);
        }
        return finished;
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Cases.call;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Case photos: uploaded first, named in reports and replies, shown only to those who may see them. */
@QuarkusTest
class CasePhotoApiTest {

    static Response fetch(Role role, String ref) {
        return RestAssured.given().auth().oauth2(Keycloak.tokenFor(role)).get("/api/cases/photos/" + ref.substring("photo:".length()));
    }

    static String reportWith(List<String> photos) {
        Map<String, Object> input = new HashMap<>(Cases.report());
        input.put("attachments", photos);
        return Gql.data(call(Role.GRID_WORKER, Cases.REPORT, input)).getString("data.reportCase.case.id");
    }

    @Test
    void aReportedPhotoIsSeenByThoseWhoSeeTheCaseAndNobodyElse() {
        byte[] picture = Cases.jpeg();
        String ref = Cases.upload(Role.GRID_WORKER, picture, "现场.jpg").then().statusCode(200).extract().jsonPath().getString("ref");
        assertTrue(ref.matches("photo:[0-9a-f-]{36}"), ref);
        assertEquals(ref, Cases.upload(Role.GRID_WORKER, picture, "again.jpg").jsonPath().getString("ref"), "a retried upload is the same photo");

        // before any case names it, only its uploader sees it
        fetch(Role.GRID_WORKER, ref).then().statusCode(200);
        fetch(Role.COMMAND_CENTRE, ref).then().statusCode(404);

        String caseId = reportWith(List.of(ref));
        assertEquals(List.of(ref), Gql.data(Gql.as(Role.COMMAND_CENTRE, "query($id: ID!) { case(id: $id) { attachments } }", Map.of("id", caseId)))
                .getList("data.case.attachments"));
        Response seen = fetch(Role.COMMAND_CENTRE, ref);
        seen.then().statusCode(200).contentType("image/jpeg");
        assertArrayEquals(picture, seen.asByteArray());
        fetch(Role.LEADER, ref).then().statusCode(200);
        for (Role outsider : List.of(Role.COMMITTEE, Role.DISCIPLINE, Role.INTEGRATION)) {
            fetch(outsider, ref).then().statusCode(404);
        }
        RestAssured.given().get("/api/cases/photos/" + ref.substring(6)).then().statusCode(401);
    }

    @Test
    void aReplysPhotoIsSeenByThoseWhoSeeThatDispatch() {
        Cases.Dispatched d = Cases.dispatched(false);
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        String ref = Cases.photo(Role.DEPARTMENT);
        Gql.data(call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", d.leadId(), "text", "已整改，见照片", "attachments", List.of(ref))));
        fetch(Role.COMMAND_CENTRE, ref).then().statusCode(200);
        // the township sees the case but not this dispatch, so not its photo either
        fetch(Role.TOWNSHIP, ref).then().statusCode(404);
    }

    @Test
    void onlyPicturesAreKeptAndOnlyYourOwnCanBeNamed() {
        Response text = Cases.upload(Role.GRID_WORKER, "不是图片".getBytes(), "x.jpg");
        text.then().statusCode(400);
        assertEquals("VALIDATION", text.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("file", text.jsonPath().getString("errors[0].extensions.field"));
        Cases.upload(Role.GRID_WORKER, new byte[6 * 1024 * 1024], "big.jpg").then().statusCode(400);

        String someoneElses = Cases.photo(Role.DEPARTMENT);
        Map<String, Object> input = new HashMap<>(Cases.report());
        input.put("attachments", List.of(someoneElses));
        assertEquals("input.attachments", Gql.ok(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), Cases.REPORT, Map.of("i", input)))
                .getString("errors[0].extensions.field"));
        input.put("attachments", List.of("photo-1"));
        String message = Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), Cases.REPORT, Map.of("i", input))), "VALIDATION");
        assertTrue(message.contains("photo:"), message);
        fetch(Role.GRID_WORKER, "photo:00000000-0000-0000-0000-000000000000").then().statusCode(404);
        RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.GRID_WORKER)).get("/api/cases/photos/not-a-uuid").then().statusCode(404);
    }
}

package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

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

    /** A PNG of eight bytes of signature, an IHDR chunk declaring the size, one tiny IDAT chunk and IEND. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put(new byte[3]).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[] {0, 0, 0, 0});
        deflater.finish();
        byte[] idat = new byte[64];
        chunk(out, "IDAT", Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aPictureClaimingAHugeRasterIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = pngHeader(50_000, 50_000);
        assertTrue(bomb.length < 100, "a tiny file: " + bomb.length);
        Response refused = Cases.upload(Role.GRID_WORKER, bomb, "bomb.png");
        refused.then().statusCode(400);
        assertEquals("VALIDATION", refused.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("file", refused.jsonPath().getString("errors[0].extensions.field"));
        String message = refused.jsonPath().getString("errors[0].message");
        assertTrue(message.contains("50000×50000") && message.contains("at most 10000 pixels a side"), message);
        // within each side but beyond the pixel count; and a header without a size
        Cases.upload(Role.GRID_WORKER, pngHeader(10_000, 9_000), "wide.png").then().statusCode(400);
        Cases.upload(Role.GRID_WORKER, Arrays.copyOf(bomb, 12), "cut.png").then().statusCode(400);

        // a real picture of ordinary size, and the largest one allowed, are kept
        ByteArrayOutputStream real = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", real);
        Cases.upload(Role.GRID_WORKER, real.toByteArray(), "real.png").then().statusCode(200);
        Cases.upload(Role.GRID_WORKER, pngHeader(10_000, 5_000), "largest.png").then().statusCode(200);
    }
}

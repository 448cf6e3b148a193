package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds cases in every state through the API, as the demo users would (grid worker → command centre → departments). */
public final class Cases {
    public static final String REPORT = """
            mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id code status version source areaUnit { code } } } }""";
    public static final String ACCEPT = """
            mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id status version } } }""";
    public static final String DISPATCH = """
            mutation($i: DispatchCaseInput!) {
              dispatchCase(input: $i) { case { id status version } dispatches { id role status toUnit { code } } } }""";
    public static final String SIGN = """
            mutation($i: SignDispatchInput!) { signDispatch(input: $i) { dispatch { id status } case { status } } }""";
    public static final String REFUSE = """
            mutation($i: RefuseDispatchInput!) { refuseDispatch(input: $i) { dispatch { id status refusalReason } case { status } } }""";
    public static final String REPLY = """
            mutation($i: ReplyDispatchInput!) { replyDispatch(input: $i) { dispatch { id status } case { status } } }""";
    public static final String RATE = """
            mutation($i: RateDispatchInput!) { rateDispatch(input: $i) { rating { id level comment } } }""";
    public static final String REMIND = """
            mutation($i: RemindDispatchInput!) { remindDispatch(input: $i) { reminder { id message } } }""";
    public static final String APPEAL = """
            mutation($i: AppealRatingInput!) { appealRating(input: $i) { appeal { id status } } }""";
    public static final String DECIDE = """
            mutation($i: DecideAppealInput!) { decideAppeal(input: $i) { appeal { id status revisedLevel } } }""";
    public static final String CLOSE = """
            mutation($i: CloseCaseInput!) { closeCase(input: $i) { case { status } } }""";
    public static final String CASE = """
            query($id: ID!) { case(id: $id) { id code status version ratings { level comment }
              dispatches { id parentDispatchId role status fromUnit { code } toUnit { code } }
              timeline { kind note } reminders { message } appeals { status } } }""";

    private static final Map<String, String> IDS = new HashMap<>();

    /** A dispatched case: its id, version after dispatching, and the two dispatches. */
    public record Dispatched(String caseId, int version, String leadId, String coId) {
    }

    private Cases() {
    }

    public static synchronized String unitId(String code) {
        return IDS.computeIfAbsent(code, c -> Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }",
                Map.of("c", c))).getString("data.unitByCode.id"));
    }

    /**
     * A small JPEG header, different on every call (so it is not the same upload twice): a comment segment holding a
     * fresh marker and a start-of-frame segment declaring 4×3 pixels, which is all the service reads of a photo.
     */
    public static byte[] jpeg() {
        byte[] marker = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xfe, 0, (byte) (marker.length + 2)});
        out.writeBytes(marker);
        // SOF0: length 11, 8-bit samples, height 3, width 4, one component
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xc0, 0, 11, 8, 0, 3, 0, 4, 1, 1, 0x11, 0});
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xd9});
        return out.toByteArray();
    }

    /** Uploads a photo as the role's demo user; the response. */
    public static io.restassured.response.Response upload(Role role, byte[] data, String name) {
        return io.restassured.RestAssured.given().auth().oauth2(Keycloak.tokenFor(role))
                .multiPart("file", name, data, "image/jpeg").post("/api/cases/photos");
    }

    /** A photo uploaded by the role's demo user; its reference. */
    public static String photo(Role role) {
        return upload(role, jpeg(), "photo.jpg").then().statusCode(200).extract().jsonPath().getString("ref");
    }

    public static JsonPath call(Role role, String document, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), document, Map.of("i", input)));
    }

    /** A report input with a fresh client key (and external id, which integrated systems need). */
    public static Map<String, Object> report() {
        Map<String, Object> in = new HashMap<>();
        String key = UUID.randomUUID().toString();
        in.put("title", "工地夜间施工噪声扰民");
        in.put("description", "清河社区某工地连续三晚23点后仍在施工，居民反映强烈。");
        in.put("categoryText", "噪声扰民");
        in.put("address", "清河街道清河社区建设路18号");
        in.put("latitude", 31.2304);
        in.put("longitude", 121.4737);
        in.put("clientKey", key);
        in.put("externalId", "RX-" + key.substring(0, 8));
        return in;
    }

    /** The id of the demo list item of this kind whose name holds the keyword. */
    public static String itemId(String kind, String keyword) {
        return Gql.data(Gql.as(Role.LEADER, "query($k: ListKind!, $w: String) { listItems(filter: {kind: $k, keyword: $w}, first: 1) { edges { node { id } } } }",
                Map.of("k", kind, "w", keyword))).getString("data.listItems.edges[0].node.id");
    }

    /** A report input under a list item (its category) instead of a free category. */
    public static Map<String, Object> reportUnder(String itemId) {
        Map<String, Object> input = report();
        input.remove("categoryText");
        input.put("categoryItemId", itemId);
        return input;
    }

    /** A case the grid worker reported (REPORTED); its id. */
    public static String reported() {
        return Gql.data(call(Role.GRID_WORKER, REPORT, report())).getString("data.reportCase.case.id");
    }

    /** A reported case the district command centre accepted (ACCEPTED); its id. */
    public static String accepted() {
        String id = reported();
        Gql.data(call(Role.COMMAND_CENTRE, ACCEPT, Map.of("caseId", id)));
        return id;
    }

    public static int version(String caseId) {
        return Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { case(id: $id) { version } }", Map.of("id", caseId)))
                .getInt("data.case.version");
    }

    public static Map<String, Object> dispatchInput(String caseId, int version, boolean withCoOperator) {
        List<Map<String, Object>> targets = withCoOperator
                ? List.of(Map.of("unitId", unitId("JZ-QH-D10"), "role", "LEAD"), Map.of("unitId", unitId("JZ-QH-D11"), "role", "CO_OPERATE"))
                : List.of(Map.of("unitId", unitId("JZ-QH-D10"), "role", "LEAD"));
        return Map.of("caseId", caseId, "caseVersion", version, "targets", targets, "instructions", "请牵头核查处置", "handlingDays", 3);
    }

    /** An accepted case the district command centre dispatched to 生态环境局 (lead) and, if asked, 城市管理局. */
    public static Dispatched dispatched(boolean withCoOperator) {
        String id = accepted();
        JsonPath body = Gql.data(call(Role.COMMAND_CENTRE, DISPATCH, dispatchInput(id, version(id), withCoOperator)));
        String lead = body.getString("data.dispatchCase.dispatches.find { it.role == 'LEAD' }.id");
        String co = body.getString("data.dispatchCase.dispatches.find { it.role == 'CO_OPERATE' }.id");
        return new Dispatched(id, body.getInt("data.dispatchCase.case.version"), lead, co);
    }

    /** The lead dispatch (to 生态环境局), SENT; its id. */
    public static String sentLead() {
        return dispatched(true).leadId();
    }

    public static String signedLead() {
        String d = sentLead();
        Gql.data(call(Role.DEPARTMENT, SIGN, Map.of("dispatchId", d)));
        return d;
    }

    public static String repliedLead() {
        String d = signedLead();
        Gql.data(call(Role.DEPARTMENT, REPLY, Map.of("dispatchId", d, "text", "已责令工地停止夜间施工并立案调查")));
        return d;
    }

    /** A lead dispatch the command centre rated UNSATISFIED; the rating id. */
    public static String unsatisfiedRating() {
        String d = repliedLead();
        return Gql.data(call(Role.COMMAND_CENTRE, RATE, Map.of("dispatchId", d, "level", "UNSATISFIED",
                "comment", "处置不彻底，次日仍有施工"))).getString("data.rateDispatch.rating.id");
    }

    /** A pending appeal of 生态环境局 against an UNSATISFIED rating; the appeal id. */
    public static String pendingAppeal() {
        return Gql.data(call(Role.DEPARTMENT, APPEAL, Map.of("ratingId", unsatisfiedRating(), "reason", "夜间施工已依法处罚，复工系另一工地")))
                .getString("data.appealRating.appeal.id");
    }

    /** A case dispatched only to 生态环境局, signed, replied and rated 满意: COMPLETED, ready to close; its id. */
    public static String completed() {
        Dispatched d = dispatched(false);
        Gql.data(call(Role.DEPARTMENT, SIGN, Map.of("dispatchId", d.leadId())));
        Gql.data(call(Role.DEPARTMENT, REPLY, Map.of("dispatchId", d.leadId(), "text", "已处置完毕")));
        Gql.data(call(Role.COMMAND_CENTRE, RATE, Map.of("dispatchId", d.leadId(), "level", "SATISFIED")));
        return d.caseId();
    }

    /** A case {@link #completed} and closed (结案) by the district command centre; its id. */
    public static String closed() {
        String id = completed();
        Gql.data(call(Role.COMMAND_CENTRE, CLOSE, Map.of("caseId", id)));
        return id;
    }

    /** A case whose lead, 生态环境局, signed and passed its dispatch on to its 执法监督科 (an office hop, SENT). */
    public record OfficeHop(String caseId, String leadId, String hopId) {
    }

    public static OfficeHop officeHop() {
        Dispatched d = dispatched(false);
        Gql.data(call(Role.DEPARTMENT, SIGN, Map.of("dispatchId", d.leadId())));
        JsonPath onward = Gql.data(call(Role.DEPARTMENT, DISPATCH, Map.of("caseId", d.caseId(), "caseVersion", version(d.caseId()),
                "parentDispatchId", d.leadId(), "targets", List.of(Map.of("unitId", unitId("JZ-QH-D10-K07"), "role", "LEAD")))));
        return new OfficeHop(d.caseId(), d.leadId(), onward.getString("data.dispatchCase.dispatches[0].id"));
    }

    /** A call as the demo staff of 生态环境局's 执法监督科 (their token names the office). */
    public static JsonPath asOffice(String document, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), document, Map.of("i", input)));
    }

    /** An office hop signed and replied by the office, rated 不满意 by 生态环境局; the rating id. */
    public static String officeUnsatisfiedRating() {
        OfficeHop h = officeHop();
        Gql.data(asOffice(SIGN, Map.of("dispatchId", h.hopId())));
        Gql.data(asOffice(REPLY, Map.of("dispatchId", h.hopId(), "text", "已现场核查，责令整改")));
        return Gql.data(call(Role.DEPARTMENT, RATE, Map.of("dispatchId", h.hopId(), "level", "UNSATISFIED", "comment", "整改未落实")))
                .getString("data.rateDispatch.rating.id");
    }

    /** A pending appeal of the office against its department's 不满意 (the department rated: it may not decide); the id. */
    public static String pendingOfficeAppeal() {
        return Gql.data(asOffice(APPEAL, Map.of("ratingId", officeUnsatisfiedRating(), "reason", "已按要求整改，有复查记录")))
                .getString("data.appealRating.appeal.id");
    }
}

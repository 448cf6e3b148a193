package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.Map;

/** Builds mandate duties and staffing changes through the API, as the establishment office would. */
public final class Mandates {
    public static final String SAVE_DUTY = """
            mutation($i: SaveDutyInput!) { saveDuty(input: $i) { duty { id unitId ordinal text role changeStatus version relatedUnit { code } } } }""";
    public static final String CHANGE_STAFFING = """
            mutation($i: ChangeStaffingInput!) {
              changeStaffing(input: $i) { staffing { administrativePosts leaderPosts version }
                                          change { id documentNo before { administrativePosts } after { administrativePosts } } } }""";

    private Mandates() {
    }

    public static String unitId(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", code)))
                .getString("data.unitByCode.id");
    }

    /** A new, unchanged duty of the unit's mandate. */
    public static Map<String, Object> newDuty(String unitId) {
        return new HashMap<>(Map.of("unitId", unitId, "ordinal", 90, "text", "负责测试职责" + Lists.unique() + "的组织实施。",
                "role", "LEAD_BODY", "changeStatus", "ADDED"));
    }

    public static JsonPath saveDuty(Role role, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), SAVE_DUTY, Map.of("i", input)));
    }

    /** A duty the establishment office just added to the unit's mandate: its id and version. */
    public static JsonPath addedDuty(String unitId) {
        return Gql.data(saveDuty(Role.ESTABLISHMENT_OFFICE, newDuty(unitId)));
    }

    /** The current staffing version of the unit (null when it has none). */
    public static Integer staffingVersion(String unitId) {
        JsonPath body = Gql.data(Gql.as(Role.LEADER, "query($u: ID!) { mandate(unitId: $u) { staffing { version } } }",
                Map.of("u", unitId)));
        return body.get("data.mandate.staffing.version");
    }

    /** A valid staffing change of the unit, based on its current version. */
    public static Map<String, Object> staffingChange(String unitId, int administrativePosts) {
        Map<String, Object> input = new HashMap<>(Map.of("unitId", unitId, "administrativePosts", administrativePosts,
                "institutionalPosts", 4, "serviceWorkerPosts", 2, "leaderPosts", 4, "actualHeadcount", administrativePosts + 5,
                "documentNo", "清编〔2026〕" + (10 + administrativePosts) + "号", "reason", "职责调整相应调整编制"));
        Integer version = staffingVersion(unitId);
        if (version != null) {
            input.put("version", version);
        }
        return input;
    }
}

package cn.lvzhi.testing;

import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixtures of 五个一 tests: a round of the test's own with chosen units drawn in it — an {@code evaluation_draw} and its
 * {@code evaluation_draw_unit} rows written as the database owner, since a real draw takes the units its hashes rank
 * first ({@link FieldworkDraws} runs real ones) — and the documents the tests send.
 */
public final class FieldworkFiveOnes {
    public static final String UNIT = """
            query($r: ID!, $u: ID!) { fieldworkUnit(roundId: $r, unitId: $u) { roundName canRecord canWriteReport unit { code }
              report { id status version body reviewComment files { id } }
              letters { id letterNo overdue version replyText addressee { code } unit { code } replyFiles { id } }
              symposium { id version place attendees { name } points { text problemId } talks { person } } } }""";
    public static final String PROGRESS = """
            query($r: ID!) { fieldworkProgress(roundId: $r) { unit { code } reportStatus lettersSent lettersReplied
              lettersOverdue symposiumRecorded } }""";
    public static final String SAVE = """
            mutation($i: SaveFieldworkReportInput!) { saveFieldworkReport(input: $i) { report { id status version } } }""";
    public static final String SUBMIT = """
            mutation($i: SubmitFieldworkReportInput!) { submitFieldworkReport(input: $i) { report { status version submittedAt } } }""";
    public static final String REVIEW = """
            mutation($i: ReviewFieldworkReportInput!) { reviewFieldworkReport(input: $i) { problemsRaised report { status version reviewComment } } }""";
    public static final String ISSUE = """
            mutation($i: IssueFieldworkInquiryLetterInput!) { issueFieldworkInquiryLetter(input: $i) { letter { id letterNo version overdue pdfPath } } }""";
    public static final String REPLY = """
            mutation($i: ReplyFieldworkInquiryLetterInput!) { replyFieldworkInquiryLetter(input: $i) { letter { id repliedAt replyText replyFiles { id } } } }""";
    public static final String RAISE = """
            mutation($i: RaiseFieldworkInquiryProblemInput!) { raiseFieldworkInquiryProblem(input: $i) { problemId } }""";
    public static final String SYMPOSIUM = """
            mutation($i: RecordFieldworkSymposiumInput!) { recordFieldworkSymposium(input: $i) { problemsRaised symposium { id version points { text problemId } } } }""";
    public static final String LETTERS = """
            query($r: ID) { fieldworkInquiryLetters(roundId: $r, first: 20) { totalCount edges { node { id letterNo addressee { code } } } } }""";

    private FieldworkFiveOnes() {
    }

    /** A round of its own (a fresh scheme, open for self-assessment) over the units, with {@code drawn} drawn in it; its id. */
    public static String roundDrawing(List<String> unitIds, List<String> drawn) {
        String round = EvaluationRounds.open(unitIds, 24);
        draw(round, drawn, "DRAWN");
        return round;
    }

    /** A draw of the round in the status (DRAWN, FROZEN, CANCELLED) that took the units. */
    public static void draw(String roundId, List<String> unitIds, String status) {
        // the columns the draw's own migration requires of a frozen, drawn or cancelled draw
        long draw = EvaluationRounds.queryLong("""
                        INSERT INTO evaluation_draw (round_id, status, region_path, frozen_hash, seed, cancel_reason)
                        SELECT r.id, ?, r.region_path, repeat('0', 64), '测试种子',
                               CASE WHEN ? = 'CANCELLED' THEN '测试撤销' END
                        FROM evaluation_round r WHERE r.id = ? RETURNING id""", status, status, Long.valueOf(roundId));
        for (String unit : unitIds) {
            EvaluationRounds.sql("INSERT INTO evaluation_draw_unit (draw_id, unit_id) VALUES (?, ?)", draw, Long.valueOf(unit));
        }
    }

    /** A letter input about the drawn unit to the addressee, due in {@code days} days. */
    public static Map<String, Object> letter(String roundId, String unitId, String addresseeId, int days) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        i.put("unitId", unitId);
        i.put("addresseeUnitId", addresseeId);
        i.put("subject", "被评估单位依法履职");
        i.put("questions", List.of("年度内行政执法案件是否存在被撤销的情形？", "12345 热线工单办结情况如何？"));
        i.put("replyDueOn", LocalDate.now(EvaluationFixtures.BEIJING).plusDays(days).toString());
        return i;
    }

    /** 编办 issues the letter; its id. */
    public static String issue(Map<String, Object> letter) {
        return EvaluationRounds.office(ISSUE, Map.of("i", letter)).getString("data.issueFieldworkInquiryLetter.letter.id");
    }

    /** A symposium input for the drawn unit, with one point to raise for the ledger and one not. */
    public static Map<String, Object> symposium(String roundId, String unitId, Integer version) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        i.put("unitId", unitId);
        if (version != null) {
            i.put("version", version);
        }
        i.put("heldOn", LocalDate.now(EvaluationFixtures.BEIJING).minusDays(1).toString());
        i.put("place", "三楼会议室");
        i.put("attendees", List.of(Map.of("name", "王建国", "position", "局长"), Map.of("name", "李敏", "position", "办公室主任")));
        i.put("points", List.of(Map.of("text", "审批环节多", "raiseProblem", true), Map.of("text", "人手紧张", "raiseProblem", false)));
        i.put("talks", List.of(Map.of("person", "赵磊", "position", "执法队员", "summary", "夜间巡查难以全覆盖")));
        return i;
    }

    public static JsonPath as(String token, String document, Map<String, Object> variables) {
        return EvaluationRounds.as(token, document, variables);
    }
}

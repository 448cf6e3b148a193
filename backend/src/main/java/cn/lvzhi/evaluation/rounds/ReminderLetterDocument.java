package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.pdf.OfficialDocument;
import cn.lvzhi.evaluation.SubmissionForm;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reminder letter (履职评估报送提醒函) as PDF: its number, the unit addressed, the forms it had not submitted when
 * the letter was issued with their due times and locks, and the consequence of missing the lock; set as the office's
 * letters are ({@link OfficialDocument}).
 */
public final class ReminderLetterDocument {
    public static final String TITLE = "履职评估报送提醒函";

    static final Map<SubmissionForm, String> FORMS = Map.of(SubmissionForm.GOAL_PROGRESS, "履职目标进展报送",
            SubmissionForm.SELF_ASSESSMENT, "自评表", SubmissionForm.REPLY, "反馈申辩",
            SubmissionForm.OPERATION_RESULTS, "年度职能运行成效表", SubmissionForm.BOUNDARY_PERFORMANCE, "部门间职责边界履职表",
            SubmissionForm.OFFICE_SUGGESTIONS, "内设机构职责调整建议表");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ReminderLetterDocument() {
    }

    /** What the letter says: the letter, its round's name, the addressee and its submissions now, the issuing office. */
    public record Letter(ReminderLetter letter, String roundName, String unitName, List<Submission> submissions,
                         String officeName) {
    }

    /** Renders the letter with the font at {@code fontPath} (a .ttf/.otf, or a .ttc with {@code ,index}). */
    public static byte[] render(Letter letter, String fontPath) {
        return OfficialDocument.render(fontPath, TITLE, 11, doc -> doc.title(letter.letter().letterNo)
                .paragraph(letter.unitName() + "：")
                .indented("根据" + letter.roundName() + "工作安排，截至" + when(letter.letter().issuedAt, TIME)
                        + "，你单位下列材料已过应报送时间仍未报送：")
                .table(new float[] {4f, 3f, 3f}, List.of("报送事项", "应报送时间", "锁定时间"), missing(letter))
                .indented("请于锁定时间前通过履职评估系统报送。逾期报送计入报送及时性评估指标；锁定时间后系统不再接收，"
                        + "相关指标按未报送处理。")
                .signature(letter.officeName(), letter.letter().issuedAt.atZoneSameInstant(DateRanges.ZONE).toLocalDate()));
    }

    private static List<List<String>> missing(Letter letter) {
        List<List<String>> rows = new ArrayList<>();
        for (String form : letter.letter().missingForms) {
            SubmissionForm f = SubmissionForm.valueOf(form);
            Submission s = letter.submissions().stream().filter(x -> x.form == f).findFirst().orElse(null);
            rows.add(List.of(FORMS.get(f), s == null ? "—" : when(s.dueAt, TIME), s == null ? "—" : when(s.locksAt, TIME)));
        }
        return rows;
    }

    private static String when(OffsetDateTime t, DateTimeFormatter f) {
        return t.atZoneSameInstant(DateRanges.ZONE).format(f);
    }
}

package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.DateRanges;
import cn.lvzhi.evaluation.SubmissionForm;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A reminder letter (履职评估报送提醒函) as PDF: its number, the unit addressed, the forms it had not submitted when
 * the letter was issued with their due times and locks, and the consequence of missing the lock. Set like the
 * follow-up feedback letter: A4, the CJK font from {@code lvzhi.pdf.cjk-font} embedded as a subset.
 */
public final class ReminderLetterDocument {
    public static final String TITLE = "履职评估报送提醒函";

    static final Map<SubmissionForm, String> FORMS = Map.of(SubmissionForm.GOAL_PROGRESS, "履职目标进展报送",
            SubmissionForm.SELF_ASSESSMENT, "自评表", SubmissionForm.REPLY, "反馈申辩",
            SubmissionForm.OPERATION_RESULTS, "年度职能运行成效表", SubmissionForm.BOUNDARY_PERFORMANCE, "部门间职责边界履职表",
            SubmissionForm.OFFICE_SUGGESTIONS, "内设机构职责调整建议表");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ReminderLetterDocument() {
    }

    /** What the letter says: the letter, its round's name, the addressee and its submissions now, the issuing office. */
    public record Letter(ReminderLetter letter, String roundName, String unitName, List<Submission> submissions,
                         String officeName) {
    }

    /** Renders the letter with the font at {@code fontPath} (a .ttf/.otf, or a .ttc with {@code ,index}). */
    public static byte[] render(Letter letter, String fontPath) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font body = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(TITLE);
            doc.open();
            doc.add(centred(TITLE, new Font(base, 18), 0));
            doc.add(centred(letter.letter().letterNo, body, 16));
            doc.add(new Paragraph(letter.unitName() + "：", body));
            Paragraph text = new Paragraph("根据" + letter.roundName() + "工作安排，截至" + when(letter.letter().issuedAt, TIME)
                    + "，你单位下列材料已过应报送时间仍未报送：", body);
            text.setFirstLineIndent(22);
            doc.add(text);
            doc.add(table(letter, body));
            Paragraph ask = new Paragraph("请于锁定时间前通过履职评估系统报送。逾期报送计入报送及时性评估指标；锁定时间后系统不再接收，"
                    + "相关指标按未报送处理。", body);
            ask.setFirstLineIndent(22);
            doc.add(ask);
            Paragraph sign = new Paragraph(letter.officeName() + "\n" + when(letter.letter().issuedAt, DAY), body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(24);
            doc.add(sign);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("提醒函生成失败 (the reminder letter could not be rendered): " + e.getMessage(), e);
        }
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    private static PdfPTable table(Letter letter, Font body) {
        PdfPTable table = new PdfPTable(new float[] {4f, 3f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        for (String h : List.of("报送事项", "应报送时间", "锁定时间")) {
            table.addCell(new PdfPCell(new Phrase(h, body)));
        }
        for (String form : letter.letter().missingForms) {
            SubmissionForm f = SubmissionForm.valueOf(form);
            Submission s = letter.submissions().stream().filter(x -> x.form == f).findFirst().orElse(null);
            table.addCell(new PdfPCell(new Phrase(FORMS.get(f), body)));
            table.addCell(new PdfPCell(new Phrase(s == null ? "—" : when(s.dueAt, TIME), body)));
            table.addCell(new PdfPCell(new Phrase(s == null ? "—" : when(s.locksAt, TIME), body)));
        }
        return table;
    }

    private static String when(OffsetDateTime t, DateTimeFormatter f) {
        return t.atZoneSameInstant(DateRanges.ZONE).format(f);
    }
}

package cn.lvzhi.tracking;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The feedback letter of one review (问效反馈函) as PDF: the matter, each indicator's score, the normalised result,
 * rectifications and any recommendation. Chinese text is set in a CJK font embedded as a subset (only the glyphs used).
 */
public final class FeedbackDocument {
    public static final String TITLE = "机构编制事项跟踪问效反馈函";

    private static final Map<MatterKind, String> KINDS = Map.of(MatterKind.SET_UP, "设立", MatterKind.CHANGE, "变更",
            MatterKind.MERGE, "合并", MatterKind.ABOLISH, "撤销");
    private static final Map<RecommendationKind, String> RECOMMENDATIONS = Map.of(
            RecommendationKind.MERGE_OR_ABOLISH, "建议机构撤并", RecommendationKind.CUT_POSTS, "建议核减编制");

    private FeedbackDocument() {
    }

    /** What the letter says. */
    public record Letter(String roundName, String unitName, RoundMatterView review, LocalDate issuedOn) {
    }

    /** Renders the letter with the font at {@code fontPath} (a .ttf/.otf, or a .ttc with {@code ,index}). */
    public static byte[] render(Letter letter, String fontPath) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18);
            Font heading = new Font(base, 13);
            Font body = new Font(base, 10.5f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(TITLE);
            doc.open();
            Paragraph head = new Paragraph(TITLE, title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(16);
            doc.add(head);
            EstablishmentMatter m = letter.review().matter();
            doc.add(new Paragraph(letter.unitName() + "：", body));
            doc.add(new Paragraph("根据" + letter.roundName() + "安排，现将你单位机构编制事项（" + m.documentNo + "，"
                    + KINDS.get(m.kind) + "类，批复日期 " + m.approvedOn + "）的跟踪问效情况反馈如下。", body));
            doc.add(new Paragraph("事项内容：" + m.content, body));
            doc.add(spaced(new Paragraph("一、问效得分", heading)));
            doc.add(scores(letter.review(), body));
            BigDecimal result = letter.review().result();
            doc.add(new Paragraph("综合得分（实得分 ÷ 适用指标分值 × 100）：" + (result == null ? "尚未评定" : result + " 分"), body));
            doc.add(spaced(new Paragraph("二、整改要求", heading)));
            List<RectificationRecord> rects = letter.review().rectifications();
            if (rects.isEmpty()) {
                doc.add(new Paragraph("无。", body));
            }
            for (int i = 0; i < rects.size(); i++) {
                RectificationRecord r = rects.get(i);
                doc.add(new Paragraph((i + 1) + ". " + r.requirement + "（整改期限：" + r.deadline
                        + (r.doneOn == null ? "，尚未完成" : "，已于 " + r.doneOn + " 完成") + "）", body));
            }
            if (letter.review().recommendation() != null) {
                doc.add(spaced(new Paragraph("三、处理意见", heading)));
                doc.add(new Paragraph("该设立类事项得分低于 60 分且未在规定时限完成整改，"
                        + RECOMMENDATIONS.get(letter.review().recommendation()) + "，提请编委研究。", body));
            }
            Paragraph sign = new Paragraph("机构编制委员会办公室\n" + letter.issuedOn(), body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(24);
            doc.add(sign);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("反馈函生成失败 (the feedback letter could not be rendered): " + e.getMessage(), e);
        }
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable scores(RoundMatterView review, Font body) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 6f, 1.4f, 1.6f});
        table.setWidthPercentage(100);
        for (String h : List.of("编号", "问效指标", "分值", "得分")) {
            table.addCell(new PdfPCell(new Phrase(h, body)));
        }
        for (Indicator i : review.indicators()) {
            MatterScore s = review.scores().stream().filter(x -> x.indicatorCode.equals(i.code())).findFirst().orElse(null);
            table.addCell(new PdfPCell(new Phrase(i.code(), body)));
            table.addCell(new PdfPCell(new Phrase(i.name(), body)));
            table.addCell(new PdfPCell(new Phrase(String.valueOf(i.points()), body)));
            table.addCell(new PdfPCell(new Phrase(s == null ? "未评" : s.notApplicable ? "不适用" : s.earned.toPlainString(), body)));
        }
        return table;
    }
}

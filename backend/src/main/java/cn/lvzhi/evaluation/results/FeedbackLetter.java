package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.ScoringRuleKind;
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
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation feedback letter of one unit (评估结果反馈函) as PDF: its score, rank, every deduction and bonus with its
 * reason, its strengths and weaknesses. Typeset like the follow-up feedback letter (tracking's FeedbackDocument, which
 * another feature may not use): the configured CJK font embedded as a subset.
 */
final class FeedbackLetter {
    static final String TITLE = "履职评估结果反馈函";
    /** An aspect earning at least this share (%) of its points counts as a strength. */
    private static final BigDecimal STRONG = BigDecimal.valueOf(90);
    private static final int WEAKNESSES = 3;

    private FeedbackLetter() {
    }

    /** The letter's three faces, all of the CJK font (embedded as a subset of the glyphs used). */
    private record Faces(Font title, Font heading, Font body) {
        static Faces of(String fontPath) throws DocumentException, IOException {
            BaseFont cjk = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return new Faces(new Font(cjk, 18), new Font(cjk, 13), new Font(cjk, 10.5f));
        }
    }

    static byte[] render(EvaluationUnitResult r, LocalDate issuedOn, String fontPath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            Faces faces = Faces.of(fontPath);
            Font heading = faces.heading();
            Font body = faces.body();
            PdfWriter.getInstance(doc, out);
            doc.addTitle(TITLE);
            doc.open();
            Paragraph top = new Paragraph(TITLE, faces.title());
            top.setAlignment(Element.ALIGN_CENTER);
            top.setSpacingAfter(16);
            doc.add(top);
            EvaluationResultRow row = r.result();
            doc.add(new Paragraph(row.unitName() + "：", body));
            doc.add(new Paragraph("根据" + r.roundName() + "安排（评估期间 " + r.periodStart() + " 至 " + r.periodEnd()
                    + "），现将你单位履职评估结果反馈如下" + (r.provisional() ? "（暂定结果，以正式公布为准）" : "") + "。", body));
            doc.add(section("一、评估得分", heading));
            doc.add(new Paragraph("综合得分：" + points(row.total()) + " 分（实得 " + points(row.earned()) + " 分，适用指标分值 "
                    + points(row.applicable()) + " 分，按适用分值折算为百分制）。", body));
            doc.add(new Paragraph("评估类别：" + CategoryLabels.of(row.category()) + "；类别排名："
                    + (row.rank() != null ? "第 " + row.rank() + " 名" : "不排名（" + row.unrankedReason() + "）") + "。", body));
            if (row.change() != null) {
                doc.add(new Paragraph("与上一轮相比（" + row.comparedIndicators() + " 项可比指标）：得分率"
                        + (row.change().signum() >= 0 ? "提高 " : "下降 ") + points(row.change().abs()) + " 个百分点。", body));
            }
            doc.add(section("二、扣分及加分情况", heading));
            List<ResultNode> changes = r.nodes().stream().filter(n -> deducted(n) || bonus(n)).toList();
            if (changes.isEmpty()) {
                doc.add(new Paragraph("无。", body));
            } else {
                doc.add(table(changes, body));
            }
            doc.add(section("三、优势与不足", heading));
            List<ResultNode> strengths = r.nodes().stream().filter(n -> n.depth() == 0 && n.applicable() && n.score() != null
                    && UnitTotals.share(n.score(), n.points()).compareTo(STRONG) >= 0).toList();
            doc.add(new Paragraph("优势：" + (strengths.isEmpty() ? "无突出优势方面。" : String.join("；", strengths.stream()
                    .map(n -> n.name() + "得分率 " + FigureFormat.share(UnitTotals.share(n.score(), n.points()))).toList()) + "。"), body));
            List<ResultNode> weak = r.nodes().stream().filter(FeedbackLetter::deducted)
                    .sorted(Comparator.comparing(FeedbackLetter::lost).reversed()).limit(WEAKNESSES).toList();
            doc.add(new Paragraph("不足：" + (weak.isEmpty() ? "无失分指标。" : String.join("；", weak.stream()
                    .map(n -> n.name() + "失 " + points(lost(n)) + " 分").toList()) + "。请对照扣分原因认真整改。"), body));
            Paragraph signature = new Paragraph("机构编制委员会办公室\n" + issuedOn.getYear() + "年" + issuedOn.getMonthValue()
                    + "月" + issuedOn.getDayOfMonth() + "日", body);
            signature.setSpacingBefore(24);
            signature.setAlignment(Element.ALIGN_RIGHT);
            doc.add(signature);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("评估结果反馈函生成失败 (the letter could not be rendered): " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    /** A leaf that lost points (a bonus leaf never loses: its points are a cap). */
    static boolean deducted(ResultNode n) {
        return n.leaf() && n.applicable() && n.score() != null && n.ruleKind() != ScoringRuleKind.BONUS
                && n.score().compareTo(n.points()) < 0;
    }

    static boolean bonus(ResultNode n) {
        return n.leaf() && n.applicable() && n.score() != null && n.ruleKind() == ScoringRuleKind.BONUS && n.score().signum() > 0;
    }

    private static BigDecimal lost(ResultNode n) {
        return n.points().subtract(n.score());
    }

    private static String points(BigDecimal v) {
        return FigureFormat.points(v);
    }

    /** A numbered section's heading, set apart from the text around it. */
    private static Paragraph section(String text, Font heading) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(List<ResultNode> nodes, Font body) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 4f, 1.3f, 1.6f, 5f});
        table.setWidthPercentage(100);
        for (String h : List.of("编号", "指标", "分值", "得分", "扣分（加分）原因")) {
            table.addCell(new PdfPCell(new Phrase(h, body)));
        }
        for (ResultNode n : nodes) {
            table.addCell(new PdfPCell(new Phrase(n.code(), body)));
            table.addCell(new PdfPCell(new Phrase(n.name(), body)));
            table.addCell(new PdfPCell(new Phrase(points(n.points()), body)));
            String change = bonus(n) ? "加 " + points(n.score()) : "扣 " + points(lost(n));
            table.addCell(new PdfPCell(new Phrase(points(n.score()) + "（" + change + "）", body)));
            String figure = n.figure() == null ? "" : "数值 " + FigureFormat.figure(new FigureFormat.Figure(n.figureKind(),
                    n.figureUnit()), n.figure(), n.numerator(), n.denominator()) + "，";
            table.addCell(new PdfPCell(new Phrase(n.reason() == null ? figure + "按计分规则计算：" + n.rule() : n.reason(), body)));
        }
        return table;
    }
}

package cn.lvzhi.common.pdf;

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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The typesetting of the letters the office issues (反馈函, 提醒函) as PDF, written once: A4 with 公文-like margins, a
 * centred title, numbered section headings, body paragraphs and tables that wrap and flow onto further pages, and
 * the issuing office's signature with the date at the right. Chinese is set in one CJK font (the configured
 * {@code lvzhi.pdf.cjk-font}, a .ttf/.otf or a .ttc with {@code ,index}) embedded as a subset of the glyphs used, so
 * a letter stays small and reads the same on any reader. Each letter keeps its own wording; this sets it.
 */
public final class OfficialDocument {
    private static final float MARGIN = 60;
    private static final float TITLE_SIZE = 18;
    private static final float HEADING_SIZE = 13;
    private static final float SIGNATURE_GAP = 24;

    private final Document doc;
    private final String title;
    private final Font titleFont;
    private final Font heading;
    private final Font body;

    private OfficialDocument(Document doc, String title, BaseFont cjk, float bodySize) {
        this.doc = doc;
        this.title = title;
        this.titleFont = new Font(cjk, TITLE_SIZE);
        this.heading = new Font(cjk, HEADING_SIZE);
        this.body = new Font(cjk, bodySize);
    }

    /**
     * Renders a letter titled {@code title} (also the PDF's document title) whose body text is {@code bodySize} points:
     * {@code content} adds its parts in reading order. A font that cannot be read or a document that cannot be set
     * fails with an {@link IllegalStateException} naming the letter.
     */
    public static byte[] render(String fontPath, String title, float bodySize, Consumer<OfficialDocument> content) {
        try {
            BaseFont cjk = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.open();
            content.accept(new OfficialDocument(doc, title, cjk, bodySize));
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException | NotSet e) {
            Throwable cause = e instanceof NotSet ? e.getCause() : e;
            throw new IllegalStateException(title + "生成失败 (the document could not be rendered): " + cause.getMessage(), cause);
        }
    }

    /** The letter's title, centred, with any lines under it (a letter number) centred in body text. */
    public OfficialDocument title(String... underTitle) {
        Paragraph head = centred(new Paragraph(title, titleFont));
        add(head);
        Paragraph last = head;
        for (String line : underTitle) {
            last = centred(new Paragraph(line, body));
            add(last);
        }
        last.setSpacingAfter(16);
        return this;
    }

    /** A body paragraph, wrapped at the margins. */
    public OfficialDocument paragraph(String text) {
        return add(new Paragraph(text, body));
    }

    /** A body paragraph whose first line is indented by two characters, as running text of a letter is. */
    public OfficialDocument indented(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setFirstLineIndent(2 * body.getSize());
        return add(p);
    }

    /** A numbered section's heading (一、…), set apart from the text around it. */
    public OfficialDocument section(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return add(p);
    }

    /**
     * A table over the full width: columns in the relative {@code widths}, a header row, then the rows (one cell per
     * column); long cells wrap and the header repeats on each page the table flows onto.
     */
    public OfficialDocument table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        for (String h : headers) {
            table.addCell(new PdfPCell(new Phrase(h, body)));
        }
        for (List<String> row : rows) {
            if (row.size() != widths.length) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + widths.length + " columns");
            }
            for (String cell : row) {
                table.addCell(new PdfPCell(new Phrase(cell, body)));
            }
        }
        return add(table);
    }

    /** The issuing office and the date (2026年12月5日) at the right, below the text. */
    public OfficialDocument signature(String office, LocalDate issuedOn) {
        Paragraph sign = new Paragraph(office + "\n" + issuedOn.getYear() + "年" + issuedOn.getMonthValue() + "月"
                + issuedOn.getDayOfMonth() + "日", body);
        sign.setAlignment(Element.ALIGN_RIGHT);
        sign.setSpacingBefore(SIGNATURE_GAP);
        return add(sign);
    }

    private static Paragraph centred(Paragraph p) {
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private OfficialDocument add(Element element) {
        try {
            doc.add(element);
        } catch (DocumentException e) {
            throw new NotSet(e);
        }
        return this;
    }

    /** A document exception inside {@code content}, carried out to {@link #render} to be reported there. */
    private static final class NotSet extends RuntimeException {
        NotSet(DocumentException cause) {
            super(cause);
        }
    }
}

package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.pdf.OfficialDocument;

import java.time.LocalDate;

/**
 * An inquiry letter (函调函) as PDF, in the office's letter layout ({@link OfficialDocument}): its number under the title,
 * the addressee, why the office writes (the round's 五个一 fieldwork of the drawn unit), the numbered questions, the reply
 * due date, and the office's signature with the date of issue.
 */
public final class InquiryLetterDocument {
    public static final String TITLE = "履职评估函调函";
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private InquiryLetterDocument() {
    }

    /** What the letter says: the letter, its round's name, the drawn unit's and the addressee's names, the issuing office. */
    public record Letter(InquiryLetter letter, String roundName, String unitName, String addresseeName, String officeName) {
    }

    /** Renders the letter with the font at {@code fontPath} (a .ttf/.otf, or a .ttc with {@code ,index}). */
    public static byte[] render(Letter l, String fontPath) {
        InquiryLetter letter = l.letter();
        boolean self = letter.addresseeUnitId.equals(letter.unitId);
        return OfficialDocument.render(fontPath, TITLE, 12, doc -> {
            doc.title(letter.letterNo).paragraph(l.addresseeName() + "：")
                    .indented("根据" + l.roundName() + "工作安排，我办对" + (self ? "你单位" : l.unitName())
                            + "开展履职评估“五个一”实地评估。现就" + letter.subject + "有关情况函询" + (self ? "" : "贵单位")
                            + "，请就下列问题予以书面答复：");
            for (int i = 0; i < letter.questions.size(); i++) {
                doc.indented(numeral(i + 1) + "、" + letter.questions.get(i));
            }
            doc.indented("请于" + date(letter.replyDueOn) + "前通过履职评估系统答复，并附相关佐证材料。逾期未答复的，"
                            + "将在评估中予以标注。")
                    .signature(l.officeName(), letter.issuedAt.atZoneSameInstant(DateRanges.ZONE).toLocalDate());
        });
    }

    /** A Chinese numeral for 1..99 (一, 十二, 二十). */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }

    /** A date as a letter writes it: 2026年12月5日. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}

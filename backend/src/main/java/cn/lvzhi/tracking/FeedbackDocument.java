package cn.lvzhi.tracking;

import cn.lvzhi.common.pdf.OfficialDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The feedback letter of one review (问效反馈函) as PDF: the matter, each indicator's score, the normalised result,
 * rectifications and any recommendation, set as the office's letters are ({@link OfficialDocument}).
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
        return OfficialDocument.render(fontPath, TITLE, 10.5f, doc -> {
            doc.title();
            EstablishmentMatter m = letter.review().matter();
            doc.paragraph(letter.unitName() + "：");
            doc.paragraph("根据" + letter.roundName() + "安排，现将你单位机构编制事项（" + m.documentNo + "，"
                    + KINDS.get(m.kind) + "类，批复日期 " + m.approvedOn + "）的跟踪问效情况反馈如下。");
            doc.paragraph("事项内容：" + m.content);
            doc.section("一、问效得分");
            doc.table(new float[] {1.2f, 6f, 1.4f, 1.6f}, List.of("编号", "问效指标", "分值", "得分"), scores(letter.review()));
            BigDecimal result = letter.review().result();
            doc.paragraph("综合得分（实得分 ÷ 适用指标分值 × 100）：" + (result == null ? "尚未评定" : result + " 分"));
            doc.section("二、整改要求");
            List<RectificationRecord> rects = letter.review().rectifications();
            if (rects.isEmpty()) {
                doc.paragraph("无。");
            }
            for (int i = 0; i < rects.size(); i++) {
                RectificationRecord r = rects.get(i);
                doc.paragraph((i + 1) + ". " + r.requirement + "（整改期限：" + r.deadline
                        + (r.doneOn == null ? "，尚未完成" : "，已于 " + r.doneOn + " 完成") + "）");
            }
            if (letter.review().recommendation() != null) {
                doc.section("三、处理意见");
                doc.paragraph("该设立类事项得分低于 60 分且未在规定时限完成整改，"
                        + RECOMMENDATIONS.get(letter.review().recommendation()) + "，提请编委研究。");
            }
            doc.signature("机构编制委员会办公室", letter.issuedOn());
        });
    }

    private static List<List<String>> scores(RoundMatterView review) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : review.indicators()) {
            MatterScore s = review.scores().stream().filter(x -> x.indicatorCode.equals(i.code())).findFirst().orElse(null);
            rows.add(List.of(i.code(), i.name(), String.valueOf(i.points()),
                    s == null ? "未评" : s.notApplicable ? "不适用" : s.earned.toPlainString()));
        }
        return rows;
    }
}

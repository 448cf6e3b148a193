package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.pdf.OfficialDocument;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.schemes.LeafFigure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation feedback letter of one unit (评估结果反馈函) as PDF: its score, rank, every deduction and bonus with its
 * reason, its strengths and weaknesses; set as the office's letters are ({@link OfficialDocument}).
 */
final class FeedbackLetter {
    static final String TITLE = "履职评估结果反馈函";
    /** An aspect earning at least this share (%) of its points counts as a strength. */
    private static final BigDecimal STRONG = BigDecimal.valueOf(90);
    private static final int WEAKNESSES = 3;

    private FeedbackLetter() {
    }

    static byte[] render(EvaluationUnitResult r, LocalDate issuedOn, String fontPath) {
        return OfficialDocument.render(fontPath, TITLE, 10.5f, doc -> {
            doc.title();
            EvaluationResultRow row = r.result();
            doc.paragraph(row.unitName() + "：");
            doc.paragraph("根据" + r.roundName() + "安排（评估期间 " + r.periodStart() + " 至 " + r.periodEnd()
                    + "），现将你单位履职评估结果反馈如下" + (r.provisional() ? "（暂定结果，以正式公布为准）" : "") + "。");
            doc.section("一、评估得分");
            doc.paragraph("综合得分：" + points(row.total()) + " 分（实得 " + points(row.earned()) + " 分，适用指标分值 "
                    + points(row.applicable()) + " 分，按适用分值折算为百分制）。");
            doc.paragraph("评估类别：" + CategoryLabels.of(row.category()) + "；类别排名："
                    + (row.rank() != null ? "第 " + row.rank() + " 名" : "不排名（" + row.unrankedReason() + "）") + "。");
            if (row.change() == null) {
                // the page says why there is no change (无可比上轮…); so does the letter, rather than staying silent
                doc.paragraph("与上一轮相比：" + row.comparison().words() + "。");
            } else {
                doc.paragraph("与上一轮相比（" + row.comparedIndicators() + " 项可比指标）：得分率" + (row.change().signum() == 0
                        ? "持平。" : (row.change().signum() > 0 ? "提高 " : "下降 ") + points(row.change().abs()) + " 个百分点。"));
            }
            doc.section("二、扣分及加分情况");
            List<ResultNode> changes = r.nodes().stream().filter(n -> deducted(n) || bonus(n)).toList();
            if (changes.isEmpty()) {
                doc.paragraph("无。");
            } else {
                doc.table(new float[] {1.2f, 4f, 1.3f, 1.6f, 5f}, List.of("编号", "指标", "分值", "得分", "扣分（加分）原因"),
                        changes.stream().map(FeedbackLetter::row).toList());
            }
            doc.section("三、优势与不足");
            List<ResultNode> strengths = r.nodes().stream().filter(n -> n.depth() == 0 && n.applicable() && n.score() != null
                    && UnitTotals.share(n.score(), n.points()).compareTo(STRONG) >= 0).toList();
            doc.paragraph("优势：" + (strengths.isEmpty() ? "无突出优势方面。" : String.join("；", strengths.stream()
                    .map(n -> n.name() + "得分率 " + FigureFormat.share(UnitTotals.share(n.score(), n.points()))).toList()) + "。"));
            List<ResultNode> weak = r.nodes().stream().filter(FeedbackLetter::deducted)
                    .sorted(Comparator.comparing(FeedbackLetter::lost).reversed()).limit(WEAKNESSES).toList();
            doc.paragraph("不足：" + (weak.isEmpty() ? "无失分指标。" : String.join("；", weak.stream()
                    .map(n -> n.name() + "失 " + points(lost(n)) + " 分").toList()) + "。请对照扣分原因认真整改。"));
            doc.signature("机构编制委员会办公室", issuedOn);
        });
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

    /** One deduction or bonus as a row of the letter's table: code, name, points, score (change), reason or figure. */
    private static List<String> row(ResultNode n) {
        String change = bonus(n) ? "加 " + points(n.score()) : "扣 " + points(lost(n));
        String figure = n.figure() == null ? "" : "数值 " + FigureFormat.figure(new LeafFigure(n.figureKind(),
                n.figureUnit()), n.figure(), n.numerator(), n.denominator()) + "，";
        return List.of(n.code(), n.name(), points(n.points()), points(n.score()) + "（" + change + "）",
                n.reason() == null ? figure + "按计分规则计算：" + n.rule() : n.reason());
    }
}

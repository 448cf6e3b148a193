package cn.lvzhi.cases.evidence;

import cn.lvzhi.audit.AuditEntry;
import cn.lvzhi.audit.AuditIntegrity;
import cn.lvzhi.cases.Appeal;
import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseEvent;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.Rating;
import cn.lvzhi.cases.Reminder;
import cn.lvzhi.cases.sheets.CaseLabels;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.pdf.OfficialDocument;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evidence pack's document (事件证据材料): the case, its timeline, the dispatch chain with refusals and their
 * reasons, reminders, replies, ratings with what became of them on appeal, appeals and their decisions, closings with
 * their reasons, and every audit row of all of these with its hash and the chain check taken at export. It states the
 * content; {@link OfficialDocument} sets it.
 */
final class EvidenceDocument {
    static final String TITLE = "事件证据材料";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float BODY = 9;

    private EvidenceDocument() {
    }

    static byte[] render(EvidencePack p, String fontPath) {
        Case c = p.kase();
        return OfficialDocument.render(fontPath, TITLE, BODY, doc -> {
            doc.title("事件编号：" + c.code, "导出时间：" + time(p.exportedAt()) + "　导出人：" + p.exporter() + "（" + p.exporterUnit() + "）");
            doc.paragraph("审计链校验：" + chain(p.chain()));
            doc.section("一、事件概况");
            doc.table(new float[] {1, 4}, List.of("项目", "内容"), List.of(
                    List.of("标题", c.title), List.of("事件类别", text(p.category())), List.of("地址", text(c.address)),
                    List.of("来源", CaseLabels.SOURCE.get(c.source)), List.of("状态", CaseLabels.STATUS.get(c.status)),
                    List.of("上报时间", time(c.reportedAt)), List.of("上报人", text(c.reporterName)),
                    List.of("发起单位", p.unit(c.originUnitId)), List.of("属地", p.unit(c.areaUnitId)),
                    List.of("事件描述", text(c.description)), List.of("现场照片", photos(p, "photos/report/"))));
            doc.section("二、派单与处置");
            doc.table(new float[] {1, 3, 1, 1, 3}, List.of("派单号", "派出单位 → 承办单位", "角色", "状态", "时间"),
                    p.dispatches().stream().map(d -> List.of("#" + d.id, p.unit(d.fromUnitId) + " → " + p.unit(d.toUnitId),
                            CaseLabels.ROLE.get(d.role), CaseLabels.DISPATCH_STATUS.get(d.status), dispatchTimes(d))).toList());
            doc.section("三、退单及理由");
            rowsOrNone(doc, p.dispatches().stream().filter(d -> d.refusedAt != null).map(d -> List.of("#" + d.id,
                    p.unit(d.toUnitId), time(d.refusedAt), text(d.refusalReason))).toList(),
                    new float[] {1, 3, 2, 4}, List.of("派单号", "退单单位", "退单时间", "理由"));
            doc.section("四、催办");
            rowsOrNone(doc, p.reminders().stream().map((Reminder m) -> List.of("#" + m.dispatchId, p.unit(m.fromUnitId)
                    + "　" + text(m.byName), time(m.createdAt), text(m.message))).toList(),
                    new float[] {1, 3, 2, 4}, List.of("派单号", "催办单位及人员", "时间", "内容"));
            doc.section("五、办结反馈");
            rowsOrNone(doc, p.dispatches().stream().filter(d -> d.repliedAt != null).map(d -> List.of("#" + d.id,
                    p.unit(d.toUnitId) + "　" + text(d.repliedByName), time(d.repliedAt), text(d.replyText),
                    photos(p, "photos/dispatch-" + d.id + "/"))).toList(),
                    new float[] {1, 3, 2, 4, 2}, List.of("派单号", "反馈单位及人员", "时间", "内容", "照片"));
            doc.section("六、评价及变更");
            Map<Long, List<Appeal>> appealsOf = p.appeals().stream().collect(Collectors.groupingBy(ap -> ap.ratingId));
            rowsOrNone(doc, p.ratings().stream().map(r -> List.of("#" + r.dispatchId, p.unit(r.raterUnitId) + " 评 "
                    + p.unit(r.ratedUnitId), time(r.ratedAt), ratingHistory(r, appealsOf.getOrDefault(r.id, List.of())),
                    text(r.comment))).toList(),
                    new float[] {1, 3, 2, 3, 3}, List.of("派单号", "评价单位 → 被评价单位", "评价时间", "评价（含变更）", "评语"));
            doc.section("七、申诉及处理");
            rowsOrNone(doc, p.appeals().stream().map(ap -> List.of(p.unit(ap.appellantUnitId) + "　" + text(ap.appellantName),
                    time(ap.appealedAt), text(ap.reason), CaseLabels.APPEAL_STATUS.get(ap.status), decision(ap))).toList(),
                    new float[] {2, 2, 3, 1, 3}, List.of("申诉单位及人员", "申诉时间", "申诉理由", "结果", "处理意见"));
            doc.section("八、环节关闭与结案");
            List<List<String>> closings = new ArrayList<>(p.dispatches().stream().filter(d -> d.closedAt != null)
                    .map(d -> List.of("派单 #" + d.id, text(d.closedByName), time(d.closedAt), text(d.closeReason))).toList());
            p.timeline().stream().filter(e -> e.kind == cn.lvzhi.cases.CaseEventKind.CLOSED)
                    .forEach(e -> closings.add(List.of("事件结案", p.unit(e.actorUnitId) + "　" + text(e.actorName), time(e.occurredAt), text(e.note))));
            rowsOrNone(doc, closings, new float[] {1, 2, 2, 4}, List.of("对象", "关闭人", "时间", "理由"));
            doc.section("九、事件轨迹");
            doc.table(new float[] {2, 1, 3, 4}, List.of("时间", "环节", "单位及人员", "说明"), p.timeline().stream()
                    .map((CaseEvent e) -> List.of(time(e.occurredAt), CaseLabels.EVENT.get(e.kind),
                            p.unit(e.actorUnitId) + "　" + text(e.actorName), text(e.note))).toList());
            doc.section("十、审计记录（共 " + p.audit().size() + " 条）");
            doc.paragraph("每条记录的哈希为该行内容与前一行哈希的 SHA-256；“校验”为导出时重新计算的结果。");
            doc.table(new float[] {1, 9}, List.of("序号", "记录"), p.audit().stream().map(EvidenceDocument::auditRow).toList());
            doc.signature(p.exporterUnit(), p.exportedAt().atZoneSameInstant(DateRanges.ZONE).toLocalDate());
        });
    }

    /** The chain check in words: intact, or the first row where it breaks, with the checkpoints it was held against. */
    static String chain(AuditIntegrity i) {
        String anchors = "，签名锚点 " + i.checkpoints() + " 个"
                + (i.lastCheckpointSeq() == null ? "" : "（最新锚点：第 " + i.lastCheckpointSeq() + " 条"
                + (i.lastCheckpointAt() == null ? "" : "，" + time(i.lastCheckpointAt())) + "）");
        if (i.intact()) {
            return "完整（OK），共校验 " + i.checkedEvents() + " 条记录" + anchors;
        }
        String where = i.firstBrokenSeq() == null ? "" : "，自第 " + i.firstBrokenSeq() + " 条记录起断裂";
        String unverified = i.unverifiedCheckpoints() == 0 ? "" : "，" + i.unverifiedCheckpoints() + " 个锚点签名无效";
        return "不完整" + where + unverified + "，共校验 " + i.checkedEvents() + " 条记录" + anchors;
    }

    private static List<String> auditRow(AuditEntry e) {
        String what = time(e.occurredAt()) + "　" + text(e.actorName()) + "（" + text(e.actorUnit()) + "）　" + e.action()
                + "　" + e.entityType() + " #" + e.entityId() + "　校验：" + (e.hashValid() ? "通过" : "不通过");
        return List.of(String.valueOf(e.seq()), what + "\n哈希 " + e.hash());
    }

    private static String ratingHistory(Rating r, List<Appeal> appeals) {
        StringBuilder s = new StringBuilder(CaseLabels.RATING.get(r.originalLevel));
        for (Appeal ap : appeals) {
            if (ap.revisedLevel != null) {
                s.append(" → ").append(CaseLabels.RATING.get(ap.revisedLevel)).append("（申诉改评）");
            }
        }
        if (r.level != r.originalLevel && appeals.stream().noneMatch(ap -> ap.revisedLevel == r.level)) {
            s.append(" → ").append(CaseLabels.RATING.get(r.level));
        }
        return s.toString();
    }

    private static String decision(Appeal ap) {
        if (ap.decidedAt == null) {
            return "尚未处理";
        }
        return text(ap.decidedByName) + "　" + time(ap.decidedAt) + "　" + text(ap.decisionReason)
                + (ap.revisedLevel == null ? "" : "（改评为" + CaseLabels.RATING.get(ap.revisedLevel) + "）");
    }

    private static String dispatchTimes(Dispatch d) {
        List<String> parts = new ArrayList<>();
        parts.add("派单 " + time(d.sentAt));
        line(parts, "签收 ", d.signedAt);
        line(parts, "反馈 ", d.repliedAt);
        line(parts, "办理期限 ", d.handleDeadline);
        return String.join("\n", parts);
    }

    private static void line(List<String> parts, String label, OffsetDateTime t) {
        if (t != null) {
            parts.add(label + time(t));
        }
    }

    private static String photos(EvidencePack p, String folder) {
        long n = p.photos().stream().filter(f -> f.name().startsWith(folder)).count();
        return n == 0 ? "无" : n + " 张（见 " + folder + "）";
    }

    private static void rowsOrNone(OfficialDocument doc, List<List<String>> rows, float[] widths, List<String> headers) {
        if (rows.isEmpty()) {
            doc.paragraph("无。");
        } else {
            doc.table(widths, headers, rows);
        }
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(DateRanges.ZONE).format(TIME);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}

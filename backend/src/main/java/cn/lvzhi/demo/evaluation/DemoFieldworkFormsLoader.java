package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.evaluation.forms.FormContent;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRole;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRow;
import cn.lvzhi.evaluation.forms.FormContent.OperationRow;
import cn.lvzhi.evaluation.forms.FormContent.Suggestion;
import cn.lvzhi.evaluation.forms.FormContent.SuggestionKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo “1+3” forms (seed 004), loaded once when no form version exists: in last year's published annual round
 * 生态环境局 (JZ-QH-D10) and the next seven units of the round submitted their three forms and 编办 accepted them (the
 * second unit's 年度职能运行成效表 returned once with a row comment, then accepted); in this year's round in progress
 * 生态环境局 has its 年度职能运行成效表 in draft, its 边界履职表 submitted awaiting review and its 调整建议表 returned,
 * and two more units have drafts. Rows are pre-filled the way the product fills them (published goals, boundary items
 * naming the unit with their cases in the period, the unit's offices and duties).
 */
@ApplicationScoped
public class DemoFieldworkFormsLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkFormsLoader.class);
    private static final long LOAD_LOCK = 7340130L;
    private static final List<String> FORMS = List.of("OPERATION_RESULTS", "BOUNDARY_PERFORMANCE", "OFFICE_SUGGESTIONS");
    private static final String BY = "演示填报人";
    private static final String OFFICE = "区委编办演示审核人";

    private final DemoDatabase db;
    private final ObjectMapper json;

    public DemoFieldworkFormsLoader(DemoDatabase db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A round with its period. */
    private record Round(long id, int year, OffsetDateTime from, OffsetDateTime until) {
    }

    public int load(OffsetDateTime now) throws SQLException, JsonProcessingException {
        int loaded = db.loadOnce(LOAD_LOCK, "evaluation_form_version", c -> structure(c, now));
        if (loaded > 0) {
            LOG.infof("demo “1+3” forms loaded: %d form versions", loaded);
        }
        return loaded;
    }

    private int structure(Connection c, OffsetDateTime now) throws SQLException, JsonProcessingException {
        Round last = round(c, "stage = 'PUBLISHED' AND period_kind = 'YEAR' ORDER BY period_end DESC");
        Round current = round(c, "stage NOT IN ('PUBLISHED','DRAFT') ORDER BY period_end DESC, id DESC");
        int versions = 0;
        if (last != null) {
            List<Long> units = units(c, last.id(), 8);
            for (int i = 0; i < units.size(); i++) {
                for (String form : FORMS) {
                    long sub = submission(c, last.id(), units.get(i), form, "ACCEPTED");
                    String content = content(c, last, units.get(i), form);
                    OffsetDateTime submitted = dueAt(c, sub).minusDays(3 + i % 4);
                    draft(c, sub, content, i == 1 && form.equals("OPERATION_RESULTS") ? 2 : 1, submitted);
                    if (i == 1 && form.equals("OPERATION_RESULTS")) {
                        version(c, sub, 1, content, submitted.minusDays(5), "RETURNED", "请补充完成数值的统计口径", "完成数值与台账不一致，请核对");
                        versions++;
                        version(c, sub, 2, content, submitted, "ACCEPTED", "已按意见修改，予以受理", null);
                    } else {
                        version(c, sub, 1, content, submitted, "ACCEPTED", null, null);
                    }
                    versions++;
                }
            }
        }
        if (current != null) {
            List<Long> units = units(c, current.id(), 3);
            for (int i = 0; i < units.size(); i++) {
                for (String form : FORMS) {
                    long unit = units.get(i);
                    boolean d10 = i == 0;
                    String status = !d10 ? "PENDING" : switch (form) {
                        case "BOUNDARY_PERFORMANCE" -> "SUBMITTED";
                        case "OFFICE_SUGGESTIONS" -> "RETURNED";
                        default -> "PENDING";
                    };
                    long sub = submission(c, current.id(), unit, form, status);
                    if (!d10 && form.equals("OFFICE_SUGGESTIONS")) {
                        continue;
                    }
                    String content = content(c, current, unit, form);
                    draft(c, sub, content, d10 ? 2 : 1, now.minusDays(2));
                    if (status.equals("SUBMITTED")) {
                        version(c, sub, 1, content, now.minusDays(1), null, null, null);
                        versions++;
                    } else if (status.equals("RETURNED")) {
                        version(c, sub, 1, content, now.minusDays(4), "RETURNED", "调整理由过于简单，请结合三定规定补充", "请说明划转后的承接能力");
                        versions++;
                    }
                }
            }
        }
        return versions;
    }

    private static Round round(Connection c, String where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, period_start, period_end FROM evaluation_round WHERE " + where + " LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            var start = rs.getDate(2).toLocalDate();
            var end = rs.getDate(3).toLocalDate();
            return new Round(rs.getLong(1), end.getYear(), start.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                    end.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
        }
    }

    /** 生态环境局 first, then the round's other departments by code, {@code n} in all. */
    private static List<Long> units(Connection c, long roundId, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT u.id FROM evaluation_round_unit ru JOIN unit u ON u.id = ru.unit_id WHERE ru.round_id = ?
                ORDER BY (u.code = 'JZ-QH-D10') DESC, u.code LIMIT ?""")) {
            ps.setLong(1, roundId);
            ps.setInt(2, n);
            return ids(ps);
        }
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** The unit's submission of the form, with the deadlines of its self-assessment (as opening the round sets them). */
    private static long submission(Connection c, long roundId, long unitId, String form, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_submission (round_id, unit_id, form, due_at, locks_at, status, submitted_at, submitted_by_name, review_comment)
                SELECT round_id, unit_id, ?, due_at, locks_at, ?, CASE WHEN ? = 'PENDING' THEN NULL ELSE least(due_at, now()) - interval '1 day' END,
                       CASE WHEN ? = 'PENDING' THEN NULL ELSE ? END, CASE WHEN ? = 'RETURNED' THEN '请按逐行意见修改后重新报送' END
                FROM evaluation_submission WHERE round_id = ? AND unit_id = ? AND form = 'SELF_ASSESSMENT'
                ON CONFLICT (round_id, unit_id, form) DO UPDATE SET status = excluded.status RETURNING id""")) {
            ps.setString(1, form);
            ps.setString(2, status);
            ps.setString(3, status);
            ps.setString(4, status);
            ps.setString(5, BY);
            ps.setString(6, status);
            ps.setLong(7, roundId);
            ps.setLong(8, unitId);
            return ids(ps).get(0);
        }
    }

    private static OffsetDateTime dueAt(Connection c, long submissionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT due_at FROM evaluation_submission WHERE id = ?")) {
            ps.setLong(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private String content(Connection c, Round round, long unitId, String form) throws SQLException, JsonProcessingException {
        FormContent content = switch (form) {
            case "OPERATION_RESULTS" -> new FormContent(goals(c, round, unitId), List.of(), List.of());
            case "BOUNDARY_PERFORMANCE" -> new FormContent(List.of(), boundaries(c, round, unitId), List.of());
            default -> new FormContent(List.of(), List.of(), suggestions(c, unitId));
        };
        return json.writeValueAsString(content);
    }

    private static List<OperationRow> goals(Connection c, Round round, long unitId) throws SQLException {
        List<OperationRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, title, coalesce(trim(to_char(target_quantity, 'FM999999990.##')) || coalesce(target_unit, ''), target_text), target_quantity
                FROM duty_goal WHERE unit_id = ? AND year = ? AND status = 'PUBLISHED' ORDER BY ordinal, id""")) {
            ps.setLong(1, unitId);
            ps.setInt(2, round.year());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean met = rows.size() % 3 != 2;
                    BigDecimal target = rs.getBigDecimal(4);
                    rows.add(new OperationRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            met ? "按年度计划完成各项工作，形成工作台账" : "受项目审批进度影响，部分工作顺延至下一年度",
                            target == null ? null : met ? target : target.multiply(new BigDecimal("0.8")), met,
                            new BigDecimal(met ? "5.00" : "3.50"), List.of()));
                }
            }
        }
        return rows;
    }

    private static List<BoundaryRow> boundaries(Connection c, Round round, long unitId) throws SQLException {
        List<BoundaryRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT i.id, i.code, i.name, i.unit_id = u.id,
                       (SELECT array_agg(DISTINCT f.code ORDER BY f.code) FROM case_file f JOIN case_dispatch d ON d.case_id = f.id
                        WHERE f.category_item_id = i.id AND d.to_unit_id = u.id AND d.refused_at IS NULL AND d.sent_at >= ? AND d.sent_at < ?)
                FROM list_item i, unit u WHERE u.id = ? AND i.kind = 'BOUNDARY' AND i.status = 'PUBLISHED'
                AND (i.unit_id = u.id OR EXISTS (SELECT 1 FROM jsonb_array_elements(i.details -> 'boundary' -> 'cooperating') p
                                                 WHERE p ->> 'unitCode' = u.code)) ORDER BY i.code""")) {
            ps.setTimestamp(1, Timestamp.from(round.from().toInstant()));
            ps.setTimestamp(2, Timestamp.from(round.until().toInstant()));
            ps.setLong(3, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> cases = rs.getArray(5) == null ? List.of() : List.of((String[]) rs.getArray(5).getArray());
                    boolean lead = rs.getBoolean(4);
                    rows.add(new BoundaryRow(rs.getLong(1), rs.getString(2), rs.getString(3), lead ? BoundaryRole.LEAD : BoundaryRole.COOPERATING,
                            lead ? "按边界清单牵头受理、组织会商并反馈处置结果" : "按牵头单位要求派员配合现场处置",
                            cases.size(), cases.subList(0, Math.min(20, cases.size())),
                            rows.size() % 4 == 1 ? "个别事项配合单位响应不及时，需进一步明确时限" : null));
                }
            }
        }
        return rows;
    }

    /** One suggestion: move the first office's first published duty to the second office. */
    private static List<Suggestion> suggestions(Connection c, long unitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.id, o.name, t.id, t.name, i.id, i.name FROM unit o
                JOIN unit t ON t.parent_id = o.parent_id AND t.kind = 'INTERNAL_OFFICE' AND t.code > o.code
                JOIN list_item i ON i.unit_id = o.id AND i.kind = 'DUTY_TASK' AND i.status = 'PUBLISHED'
                WHERE o.parent_id = ? AND o.kind = 'INTERNAL_OFFICE' ORDER BY o.code, t.code, i.code LIMIT 1""")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? List.of(new Suggestion(SuggestionKind.MOVE, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), "该职责与承接科室现有业务联系更紧密，划转后便于归口管理")) : List.of();
            }
        }
    }

    private static void draft(Connection c, long submissionId, String content, int version, OffsetDateTime savedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_form_draft (submission_id, content, version, saved_at, saved_by_name)
                VALUES (?, cast(? AS jsonb), ?, ?, ?)""")) {
            ps.setLong(1, submissionId);
            ps.setString(2, content);
            ps.setInt(3, version);
            ps.setTimestamp(4, Timestamp.from(savedAt.toInstant()));
            ps.setString(5, BY);
            ps.executeUpdate();
        }
    }

    private static void version(Connection c, long submissionId, int seq, String content, OffsetDateTime at, String decision, String comment,
                                String rowComment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_form_version (submission_id, seq, content, submitted_at, submitted_by_name, late, decision,
                    review_comment, row_comments, reviewed_at, reviewed_by_name)
                VALUES (?, ?, cast(? AS jsonb), ?, ?, false, ?, ?, cast(? AS jsonb), ?, ?)""")) {
            ps.setLong(1, submissionId);
            ps.setInt(2, seq);
            ps.setString(3, content);
            ps.setTimestamp(4, Timestamp.from(at.toInstant()));
            ps.setString(5, BY);
            ps.setString(6, decision);
            ps.setString(7, comment);
            ps.setString(8, rowComment == null ? "{\"rows\": []}" : "{\"rows\": [{\"row\": 0, \"comment\": \"" + rowComment + "\"}]}");
            ps.setTimestamp(9, decision == null ? null : Timestamp.from(at.plusDays(2).toInstant()));
            ps.setString(10, decision == null ? null : OFFICE);
            ps.executeUpdate();
        }
    }
}

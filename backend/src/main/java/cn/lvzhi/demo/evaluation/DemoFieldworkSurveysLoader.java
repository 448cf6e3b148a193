package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.evaluation.surveys.Answer;
import cn.lvzhi.evaluation.surveys.AnswerSet;
import cn.lvzhi.evaluation.surveys.Question;
import cn.lvzhi.evaluation.surveys.QuestionKind;
import cn.lvzhi.evaluation.surveys.QuestionSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loads the demo questionnaires (满意度测评) of 清河区 once, when none exists, after the demo rounds: on this year's round
 * a 社会各界满意度 questionnaire rating four departments, published with an anonymous link and about 30 live answers;
 * on last year's published round a closed one, its results shared with the departments it rated.
 */
@ApplicationScoped
public class DemoFieldworkSurveysLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkSurveysLoader.class);
    private static final long LOAD_LOCK = 7340132L;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final List<String> DEPARTMENTS = List.of("JZ-QH-D01", "JZ-QH-D02", "JZ-QH-D10", "JZ-QH-D11");
    private static final String[] TEXTS = {"窗口服务热情，办事效率高", "希望进一步减少材料", "网上办理很方便", "夜间噪声投诉处理及时",
            "部分事项仍需多次跑腿", "工作人员解释耐心"};

    private final DemoDatabase db;
    private final ObjectMapper json;

    public DemoFieldworkSurveysLoader(DemoDatabase db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Loads the questionnaires unless some exist; their count. */
    public int load(OffsetDateTime now) throws SQLException, JsonProcessingException {
        int loaded = db.loadOnce(LOAD_LOCK, "evaluation_questionnaire", c -> structure(c, now));
        if (loaded > 0) {
            LOG.infof("demo questionnaires loaded: %d", loaded);
        }
        return loaded;
    }

    static List<Question> questions() {
        return List.of(
                new Question(QuestionKind.SINGLE_CHOICE, "您与该部门打交道的主要身份", true, List.of("企业", "群众", "人大代表/政协委员", "其他单位"), null, null, null),
                new Question(QuestionKind.MULTIPLE_CHOICE, "您通过哪些方式办理过事项", false, List.of("窗口", "网上", "电话", "上门"), null, null, null),
                new Question(QuestionKind.SCALE, "对该部门履职情况的总体满意度", true, List.of(), 5, "很不满意", "很满意"),
                new Question(QuestionKind.SCALE, "办事效率", true, List.of(), 10, "很低", "很高"),
                new Question(QuestionKind.TEXT, "意见和建议", false, List.of(), null, null, null));
    }

    private int structure(Connection c, OffsetDateTime now) throws SQLException, JsonProcessingException {
        String region = single(c, "SELECT path FROM unit WHERE code = 'JZ-QH'");
        Long thisYear = round(c, region, now.getYear(), false);
        Long lastYear = round(c, region, now.getYear() - 1, true);
        if (region == null || thisYear == null) {
            return 0;
        }
        List<Long> targets = new ArrayList<>();
        for (String code : DEPARTMENTS) {
            targets.add(Long.valueOf(single(c, "SELECT id::text FROM unit WHERE code = '" + code + "'")));
        }
        Random random = new Random(20261205L);
        LocalDate today = now.atZoneSameInstant(BEIJING).toLocalDate();
        long live = questionnaire(c, region, thisYear, now.getYear() + "年社会各界评议部门满意度测评", targets, "PUBLISHED",
                "demo" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()), false, now.minusDays(10));
        answers(c, live, targets, 30, today.minusDays(9), 10, random, 3);
        int count = 1;
        if (lastYear != null) {
            long closed = questionnaire(c, region, lastYear, (now.getYear() - 1) + "年社会各界评议部门满意度测评", targets, "CLOSED",
                    "demo" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()), true, now.minusYears(1).minusDays(20));
            answers(c, closed, targets, 48, today.minusYears(1).minusDays(19), 14, random, 2);
            count++;
        }
        return count;
    }

    private static Long round(Connection c, String region, int year, boolean published) throws SQLException {
        String id = single(c, "SELECT id::text FROM evaluation_round WHERE region_path = '" + region + "' AND period_kind = 'YEAR'"
                + " AND extract(year FROM period_start) = " + year + (published ? " AND stage = 'PUBLISHED'" : " AND stage <> 'PUBLISHED'")
                + " ORDER BY id LIMIT 1");
        return id == null ? null : Long.valueOf(id);
    }

    private long questionnaire(Connection c, String region, long round, String title, List<Long> targets, String status, String token,
                               boolean shared, OffsetDateTime published) throws SQLException, JsonProcessingException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO evaluation_questionnaire (region_path, round_id, title, intro, questions, target_unit_ids, status, audience,
                    link_token, results_shared, created_by_name, created_at, published_at, closed_at)
                VALUES (?, ?, ?, ?, cast(? AS jsonb), ?, ?, 'ANONYMOUS', ?, ?, '清河区编办', ?, ?, ?) RETURNING id""")) {
            Array ids = c.createArrayOf("bigint", targets.toArray());
            st.setString(1, region);
            st.setLong(2, round);
            st.setString(3, title);
            st.setString(4, "为客观了解部门履职情况，请您根据亲身感受作答。问卷匿名，只统计汇总结果。");
            st.setString(5, json.writeValueAsString(new QuestionSet(questions())));
            st.setArray(6, ids);
            st.setString(7, status);
            st.setString(8, token);
            st.setBoolean(9, shared);
            st.setTimestamp(10, Timestamp.from(published.minusDays(2).toInstant()));
            st.setTimestamp(11, Timestamp.from(published.toInstant()));
            st.setTimestamp(12, "CLOSED".equals(status) ? Timestamp.from(published.plusDays(15).toInstant()) : null);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** {@code n} anonymous sheets over {@code days} days from {@code first}, rating the targets in turn; scores lean high by {@code lean}. */
    private void answers(Connection c, long questionnaire, List<Long> targets, int n, LocalDate first, int days, Random random, int lean)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO evaluation_questionnaire_response (questionnaire_id, target_unit_id, respondent_unit_id, answered_on, answers)
                VALUES (?, ?, NULL, ?, cast(? AS jsonb))""")) {
            for (int i = 0; i < n; i++) {
                List<Answer> sheet = new ArrayList<>();
                sheet.add(new Answer(0, List.of(random.nextInt(4)), null, null));
                if (random.nextBoolean()) {
                    sheet.add(new Answer(1, random.nextBoolean() ? List.of(0, 1) : List.of(1), null, null));
                }
                sheet.add(new Answer(2, List.of(), Math.min(5, lean + random.nextInt(3)), null));
                sheet.add(new Answer(3, List.of(), Math.min(10, 2 * lean + 1 + random.nextInt(5)), null));
                if (i % 4 == 0) {
                    sheet.add(new Answer(4, List.of(), null, TEXTS[random.nextInt(TEXTS.length)]));
                }
                st.setLong(1, questionnaire);
                st.setLong(2, targets.get(i % targets.size()));
                st.setObject(3, first.plusDays(i % days));
                st.setString(4, json.writeValueAsString(new AnswerSet(sheet)));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

package cn.lvzhi.demo.investigations;

import cn.lvzhi.common.DemoLoading;
import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.investigations.InvestigationConclusion;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Loads a few demo investigations (演示责任倒查) once, when none exist, after the demo cases: the discipline office
 * opened one on each of the four oldest 不满意 ratings; the second has a finding, the third and fourth are concluded.
 */
@ApplicationScoped
public class DemoInvestigationsLoader {
    private static final Logger LOG = Logger.getLogger(DemoInvestigationsLoader.class);
    private static final long LOAD_LOCK = 7340111L;
    private static final String OPENER = "纪委监委干部";
    /** The district's discipline inspection commission (纪委监委), which opens the demo investigations. */
    private static final String OPENER_UNIT = "JZ-QH-JW";
    /** The conclusion of the n-th demo investigation; null while open. */
    static final List<InvestigationConclusion> CONCLUSIONS = java.util.Arrays.asList(null, null,
            InvestigationConclusion.REMINDER_TALK, InvestigationConclusion.NO_FAULT);

    private final DemoDatabase db;

    public DemoInvestigationsLoader(DemoDatabase db) {
        this.db = db;
    }

    /** Loads the investigations unless some exist; returns how many were inserted. */
    public int load() throws SQLException {
        return db.loadOnce(LOAD_LOCK, "investigation", c -> {
            Long opener = DemoLoading.unitIds(c, OPENER_UNIT).get(OPENER_UNIT);
            if (opener == null) {
                c.rollback();
                return 0;
            }
            int n = 0;
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("""
                        SELECT r.id, r.case_id, f.area_path, r.rated_unit_id, r.rated_at, u.name, f.title FROM case_rating r
                        JOIN case_file f ON f.id = r.case_id JOIN unit u ON u.id = r.rated_unit_id
                        WHERE r.level = 'UNSATISFIED' ORDER BY r.id LIMIT 4""");
                     PreparedStatement insert = c.prepareStatement("""
                             INSERT INTO investigation (rating_id, case_id, area_path, rated_unit_id, opener_unit_id, opener_name, subject,
                               status, conclusion, conclusion_text, linked_units, linked_people, opened_at, concluded_at, concluded_by_name)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
                     PreparedStatement finding = c.prepareStatement("""
                             INSERT INTO investigation_finding (investigation_id, text, by_name, by_unit_id, recorded_at) VALUES (?, ?, ?, ?, ?)""")) {
                    while (rs.next()) {
                        InvestigationConclusion conclusion = CONCLUSIONS.get(n);
                        Timestamp opened = new Timestamp(rs.getTimestamp(5).getTime() + 86_400_000L);
                        String unitName = rs.getString(6);
                        insert.setLong(1, rs.getLong(1));
                        insert.setLong(2, rs.getLong(2));
                        insert.setString(3, rs.getString(3));
                        insert.setLong(4, rs.getLong(4));
                        insert.setLong(5, opener);
                        insert.setString(6, OPENER);
                        insert.setString(7, "“" + rs.getString(7) + "”被评为不满意，倒查" + unitName + "履职情况");
                        insert.setString(8, conclusion == null ? "OPEN" : "CONCLUDED");
                        insert.setString(9, conclusion == null ? null : conclusion.name());
                        insert.setString(10, conclusion == null ? null
                                : conclusion == InvestigationConclusion.NO_FAULT ? "经查，承办单位已按时限处置，不满意系客观原因所致，不予追责"
                                : "经查，承办科室现场处置不彻底，对科室负责人进行提醒谈话");
                        Array units = c.createArrayOf("text", conclusion == null ? new String[0] : new String[]{unitName});
                        insert.setArray(11, units);
                        insert.setArray(12, c.createArrayOf("text", conclusion == InvestigationConclusion.REMINDER_TALK
                                ? new String[]{"承办科室负责人"} : new String[0]));
                        insert.setTimestamp(13, opened);
                        if (conclusion == null) {
                            insert.setNull(14, Types.TIMESTAMP_WITH_TIMEZONE);
                            insert.setNull(15, Types.VARCHAR);
                        } else {
                            insert.setTimestamp(14, new Timestamp(opened.getTime() + 3 * 86_400_000L));
                            insert.setString(15, OPENER);
                        }
                        long id;
                        try (ResultSet created = insert.executeQuery()) {
                            created.next();
                            id = created.getLong(1);
                        }
                        if (n >= 1) {
                            finding.setLong(1, id);
                            finding.setString(2, "调阅事件轨迹与现场照片，核实办结反馈与实际处置情况");
                            finding.setString(3, OPENER);
                            finding.setLong(4, opener);
                            finding.setTimestamp(5, new Timestamp(opened.getTime() + 86_400_000L));
                            finding.executeUpdate();
                        }
                        n++;
                    }
                }
            }
            LOG.infof("demo investigations loaded: %d", n);
            return n;
        });
    }
}

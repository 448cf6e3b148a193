package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.draws.Draw;
import cn.lvzhi.evaluation.draws.DrawAlgorithm;
import cn.lvzhi.evaluation.draws.DrawHashing;
import cn.lvzhi.evaluation.draws.DrawInputs;
import cn.lvzhi.evaluation.draws.DrawInputsLoader;
import cn.lvzhi.evaluation.draws.StratumSize;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo's 双随机 draws once, when the inspector register is empty: twelve inspectors of 清河区 (some with
 * 回避 units), a DRAWN draw of four departments of last year's published annual round (安全环保 2, 执法监管 1, 民生保障 1;
 * two offices and two inspectors each) and a FROZEN draw, without a seed yet, of this year's annual round. The other
 * slices' demo and browser tests use 生态环境局 JZ-QH-D10 as a drawn unit, so the seed is chosen deterministically:
 * "演示种子-1", "演示种子-2", … are tried in turn and the first whose draw takes JZ-QH-D10 is kept (the algorithm is the
 * product's own, so the stored draw verifies like any other).
 */
@ApplicationScoped
public class DemoFieldworkDrawsLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkDrawsLoader.class);
    private static final long LOAD_LOCK = 7340133L;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String MUST_DRAW = "JZ-QH-D10";
    private static final List<StratumSize> STRATA = List.of(new StratumSize("SAFETY_ENVIRONMENT", 2),
            new StratumSize("LAW_ENFORCEMENT", 1), new StratumSize("LIVELIHOOD", 1));

    /** An inspector of the demo register: code, name, own unit, units worked in before. */
    record DemoInspector(String code, String name, String unitCode, List<String> pastUnitCodes) {
    }

    static final List<DemoInspector> INSPECTORS = List.of(
            new DemoInspector("CF-001", "王建国", "JZ-QH-D03", List.of("JZ-QH-D10")),
            new DemoInspector("CF-002", "李红梅", "JZ-QH-D05", List.of()),
            new DemoInspector("CF-003", "张伟", "JZ-QH-D06", List.of("JZ-QH-D11")),
            new DemoInspector("CF-004", "刘洋", "JZ-QH-D20", List.of()),
            new DemoInspector("CF-005", "陈静", "JZ-QH-D22", List.of("JZ-QH-D14")),
            new DemoInspector("CF-006", "杨帆", "JZ-QH-D28", List.of()),
            new DemoInspector("CF-007", "赵磊", "JZ-QH-D29", List.of("JZ-QH-D21")),
            new DemoInspector("CF-008", "黄丽", "JZ-QH-D31", List.of()),
            new DemoInspector("CF-009", "周强", "JZ-QH-D10", List.of()),
            new DemoInspector("CF-010", "吴敏", "JZ-QH-D32", List.of("JZ-QH-D19")),
            new DemoInspector("CF-011", "徐涛", "JZ-QH-D25", List.of()),
            new DemoInspector("CF-012", "孙霞", "JZ-QH-D30", List.of("JZ-QH-D02")));

    private final DemoDatabase db;
    private final ObjectMapper json;

    public DemoFieldworkDrawsLoader(DemoDatabase db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Loads the register and the draws unless the register has inspectors already; returns the draws made. */
    public int load(OffsetDateTime now) throws SQLException {
        int draws = db.loadOnce(LOAD_LOCK, "evaluation_inspector", c -> structure(c, now));
        if (draws > 0) {
            LOG.infof("demo 双随机 draws loaded: %d draws, %d inspectors", draws, INSPECTORS.size());
        }
        return draws;
    }

    int structure(Connection c, OffsetDateTime now) throws SQLException {
        String region = one(c, "SELECT path FROM unit WHERE code = ?", DemoDistrict.DISTRICT);
        int year = now.atZoneSameInstant(BEIJING).getYear();
        String last = one(c, "SELECT id FROM evaluation_round WHERE region_path = ? AND name = ? AND stage = 'PUBLISHED'",
                region, "清河区" + (year - 1) + "年度机关职能运行评估");
        String current = one(c, "SELECT id FROM evaluation_round WHERE region_path = ? AND name = ? AND stage <> 'PUBLISHED'",
                region, "清河区" + year + "年度机关职能运行评估");
        if (region == null || last == null) {
            return 0;
        }
        for (DemoInspector i : INSPECTORS) {
            String id = one(c, """
                    INSERT INTO evaluation_inspector (region_path, code, name, unit_id, created_at)
                    SELECT ?, ?, ?, id, ? FROM unit WHERE code = ? RETURNING id""", region, i.code(), i.name(), now.minusMonths(13),
                    i.unitCode());
            for (String past : i.pastUnitCodes()) {
                one(c, "INSERT INTO evaluation_inspector_past_unit (inspector_id, unit_id) SELECT ?, id FROM unit WHERE code = ? "
                        + "RETURNING unit_id", Long.parseLong(id), past);
            }
        }
        DrawInputs lastInputs = inputs(c, Long.parseLong(last), region);
        String seed = seedDrawing(lastInputs);
        long drawn = insertDraw(c, lastInputs, region, "DRAWN", seed, now.minusMonths(11));
        for (Object[] row : DrawInputsLoader.storing(drawn, region, DrawAlgorithm.draw(lastInputs, seed))) {
            Object[] params = new Object[row.length - 1];
            System.arraycopy(row, 1, params, 0, params.length);
            exec(c, jdbc((String) row[0]), params);
        }
        if (current == null) {
            return 1;
        }
        insertDraw(c, inputs(c, Long.parseLong(current), region), region, "FROZEN", null, now.minusDays(2));
        return 2;
    }

    /** The first of "演示种子-1", "演示种子-2", … whose draw takes JZ-QH-D10. */
    static String seedDrawing(DrawInputs inputs) {
        for (int n = 1; n <= 1000; n++) {
            String seed = "演示种子-" + n;
            boolean takesD10 = DrawAlgorithm.draw(inputs, seed).units().stream()
                    .anyMatch(r -> r.taken().stream().anyMatch(t -> t.code().equals(MUST_DRAW)));
            if (takesD10) {
                return seed;
            }
        }
        throw new IllegalStateException("no demo seed draws " + MUST_DRAW + ": is it in the round's 安全环保 stratum?");
    }

    private static DrawInputs inputs(Connection c, long roundId, String region) throws SQLException {
        return DrawInputsLoader.assemble(roundId, 2, 2, STRATA, rows(c, DrawInputsLoader.CANDIDATES, roundId),
                rows(c, DrawInputsLoader.OFFICES, roundId), rows(c, DrawInputsLoader.INSPECTORS, region));
    }

    private long insertDraw(Connection c, DrawInputs inputs, String region, String status, String seed, OffsetDateTime at)
            throws SQLException {
        try {
            return Long.parseLong(one(c, """
                    INSERT INTO evaluation_draw (round_id, region_path, status, strata, k_office, inspectors_per_unit, frozen_inputs,
                                                 frozen_hash, seed, created_by_name, created_at, frozen_at, seeded_at, drawn_at)
                    VALUES (?, ?, ?, cast(? AS jsonb), ?, ?, cast(? AS jsonb), ?, ?, '清河区编办', ?, ?, ?, ?) RETURNING id""",
                    inputs.roundId(), region, status, json.writeValueAsString(new Draw.Strata(STRATA)), inputs.kOffice(),
                    inputs.inspectorsPerUnit(), json.writeValueAsString(inputs), DrawHashing.frozenHash(inputs), seed, at,
                    at.plusHours(1), seed == null ? null : at.plusDays(1), seed == null ? null : at.plusDays(1).plusMinutes(5)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the draw's inputs are plain records", e);
        }
    }

    /** The reactive statements' ordinal parameters (?1, ?2 …) as JDBC's plain ones: each appears once, in order. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }

    private static List<Object[]> rows(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(jdbc(sql))) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static String one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}

package cn.lvzhi.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Shared steps of the JDBC demo-data loaders (演示数据): one loader at a time, only into empty tables. */
public final class DemoLoading {
    private DemoLoading() {
    }

    /**
     * Takes the transaction-scoped advisory lock (so two instances starting together load once) and tells whether
     * the table is still empty, i.e. whether this loader should run.
     */
    public static boolean lockIfEmpty(Connection c, long lock, String table) throws SQLException {
        lock(c, lock);
        return isEmpty(c, table);
    }

    /** Takes the transaction-scoped advisory lock, so two instances starting together load once. */
    public static void lock(Connection c, long lock) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + lock + ")");
        }
    }

    /** Whether the table has no row yet. */
    public static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Unit ids by code, for the units whose code starts with the prefix. */
    public static Map<String, Long> unitIds(Connection c, String codePrefix) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM unit WHERE code LIKE ?")) {
            ps.setString(1, codePrefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }
}

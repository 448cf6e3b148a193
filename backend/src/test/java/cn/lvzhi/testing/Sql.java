package cn.lvzhi.testing;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The one number a query answers (a count, an id), for tests that check the tables themselves over JDBC. */
public final class Sql {
    private Sql() {
    }

    public static long number(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    public static long number(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return number(st, sql);
        }
    }

    public static long number(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection()) {
            return number(c, sql);
        }
    }
}

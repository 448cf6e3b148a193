package cn.lvzhi.testing;

import io.agroal.api.AgroalDataSource;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A test's look at what a request left in the database: the single number a query answers (a count, an id). */
public final class Counts {
    private Counts() {
    }

    public static long of(AgroalDataSource db, String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

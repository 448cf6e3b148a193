package cn.lvzhi.demo;

import cn.lvzhi.common.DemoLoading;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The demo loaders' way into the database (演示数据): the configured scale of the demo district, and one transaction
 * per load under the loader's advisory lock, so two instances starting together load once. It remembers whether any
 * load wrote, so that the tables are vacuumed and analysed once after it ({@link #settle}).
 */
@ApplicationScoped
public class DemoDatabase {
    /** One loader's inserts, inside its transaction; returns what it counts as loaded. X: what else it may throw. */
    @FunctionalInterface
    public interface Load<X extends Exception> {
        int into(Connection c) throws SQLException, X;
    }

    private final AgroalDataSource dataSource;
    private final int scale;
    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final AtomicBoolean loaded = new AtomicBoolean();

    public DemoDatabase(AgroalDataSource dataSource, @ConfigProperty(name = "lvzhi.demo.scale") int scale,
                        @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                        @ConfigProperty(name = "quarkus.flyway.username") String owner,
                        @ConfigProperty(name = "quarkus.flyway.password") String ownerPassword) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    /** The scale of the demo district every loader generates from. */
    public int scale() {
        return scale;
    }

    /** Whether the table has no row yet, in one cheap query: what a restart on a loaded database comes down to. */
    public boolean isEmpty(String table) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return DemoLoading.isEmpty(c, table);
        }
    }

    /** Runs the load unless the table already has rows; returns its count, 0 when skipped. */
    public <X extends Exception> int loadOnce(long lock, String table, Load<X> load) throws SQLException, X {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!DemoLoading.lockIfEmpty(c, lock, table)) {
                c.rollback();
                return 0;
            }
            return committed(c, load.into(c));
        }
    }

    /** Runs the load under the lock; the load itself checks which of its tables are still empty. */
    public <X extends Exception> int locked(long lock, Load<X> load) throws SQLException, X {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            DemoLoading.lock(c, lock);
            return committed(c, load.into(c));
        }
    }

    private int committed(Connection c, int rows) throws SQLException {
        c.commit();
        if (rows > 0) {
            loaded.set(true);
        }
        return rows;
    }

    /**
     * After loads that wrote: VACUUM (ANALYZE) of every table of the schema's owner (the user the migrations run as,
     * as only a table's owner may vacuum it), and true; false, and nothing done, when no load wrote since the last
     * call (a restart on a loaded database).
     * <p>
     * Freshly bulk-loaded tables have no statistics, no visibility map and no hint bits until autovacuum comes by,
     * which takes minutes of one worker after the demo's load: until then the planner guesses and every index-only
     * read visits the table. On a just-loaded demo the leader's 50 newest closed cases with their count took 4.0 ms
     * of PostgreSQL a statement, 0.5–0.7 ms once vacuumed; the vacuum takes under a second.
     */
    public boolean settle() throws SQLException {
        if (!loaded.getAndSet(false)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url, owner, ownerPassword); Statement st = c.createStatement()) {
            c.setAutoCommit(true); // VACUUM runs outside a transaction only
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT quote_ident(tablename) FROM pg_tables"
                    + " WHERE schemaname = current_schema() AND tableowner = current_user ORDER BY tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                st.execute("VACUUM (ANALYZE) " + String.join(", ", tables));
            }
        }
        return true;
    }
}

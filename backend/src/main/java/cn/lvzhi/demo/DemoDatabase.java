package cn.lvzhi.demo;

import cn.lvzhi.common.DemoLoading;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The demo loaders' way into the database (演示数据): the configured scale of the demo district, and one transaction
 * per load under the loader's advisory lock, so two instances starting together load once.
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

    public DemoDatabase(AgroalDataSource dataSource, @ConfigProperty(name = "lvzhi.demo.scale") int scale) {
        this.dataSource = dataSource;
        this.scale = scale;
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
            int loaded = load.into(c);
            c.commit();
            return loaded;
        }
    }

    /** Runs the load under the lock; the load itself checks which of its tables are still empty. */
    public <X extends Exception> int locked(long lock, Load<X> load) throws SQLException, X {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            DemoLoading.lock(c, lock);
            int loaded = load.into(c);
            c.commit();
            return loaded;
        }
    }
}

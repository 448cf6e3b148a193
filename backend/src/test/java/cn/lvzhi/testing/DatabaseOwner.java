package cn.lvzhi.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * JDBC connections as the database's owner, the role the migrations run as: what someone holding DDL rights could
 * do to the audit trail, which the service's own role cannot.
 */
public final class DatabaseOwner {
    private DatabaseOwner() {
    }

    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(config.getValue("quarkus.datasource.jdbc.url", String.class));
        owner.setUser(config.getValue("quarkus.flyway.username", String.class));
        owner.setPassword(config.getValue("quarkus.flyway.password", String.class));
        return owner.getConnection();
    }
}

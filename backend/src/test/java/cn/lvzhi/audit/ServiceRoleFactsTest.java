package cn.lvzhi.audit;

import cn.lvzhi.audit.ServiceRoleCheck.RoleFacts;
import cn.lvzhi.audit.ServiceRoleCheck.Verdict.Outcome;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up check's facts, read from the real database: the service's role passes, the owner would not. */
@QuarkusTest
class ServiceRoleFactsTest {
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @ConfigProperty(name = "lvzhi.db.host-port")
    String hostPort;
    @ConfigProperty(name = "lvzhi.db.name")
    String database;
    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void theServiceRoleOwnsNothingAndIsNoSuperuser() {
        RoleFacts facts = ServiceRoleCheck.facts(pool).await().indefinitely();
        assertFalse(facts.superuser());
        assertEquals(0, facts.ownedRelations());
        assertFalse(facts.ownsDatabase());
        assertEquals(Outcome.START, ServiceRoleCheck.decide(facts, true).outcome());
    }

    @Test
    void theOwnerWouldBeRefusedInProduction() {
        PgConnectOptions options = PgConnectOptions.fromUri("postgresql://" + hostPort + "/" + database)
                .setUser(owner).setPassword(ownerPassword);
        PgConnection connection = PgConnection.connect(vertx, options).await().indefinitely();
        try {
            RoleFacts facts = ServiceRoleCheck.facts(connection).await().indefinitely();
            assertEquals(owner, facts.role());
            assertTrue(facts.ownedRelations() > 0);
            assertTrue(facts.ownsDatabase());
            assertEquals(Outcome.REFUSE, ServiceRoleCheck.decide(facts, true).outcome());
            assertEquals(Outcome.WARN, ServiceRoleCheck.decide(facts, false).outcome());
        } finally {
            connection.closeAndAwait();
        }
    }
}

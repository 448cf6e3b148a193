package cn.lvzhi.common;

import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a start of the product boots (issue 15, footprint): one persistence unit, the reactive one, and no schema
 * validation of its own — while the tests, which build the same entities against the same migrations, keep the
 * blocking unit and its validation, so that an entity that no longer matches its table still fails the build.
 */
class StartupConfigTest {

    @Test
    void productionBootsOnlyTheReactiveUnitAndTestsStillValidateTheEntities() throws IOException {
        SmallRyeConfig prod = ProductionLimitsConfigTest.profile("prod");
        assertFalse(prod.getValue("quarkus.hibernate-orm.blocking", Boolean.class));
        assertEquals("none", prod.getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
        SmallRyeConfig test = ProductionLimitsConfigTest.profile("test");
        assertTrue(test.getValue("quarkus.hibernate-orm.blocking", Boolean.class));
        assertEquals("validate", test.getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
        // a start runs Flyway itself (SchemaMigrations: only when the history lacks this build's migrations); the tests
        // migrate before the entities are validated
        assertFalse(prod.getValue("quarkus.flyway.migrate-at-start", Boolean.class));
        assertTrue(test.getValue("quarkus.flyway.migrate-at-start", Boolean.class));
    }
}

package cn.lvzhi.common;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What application.properties gives the prod profile (the one `make run` and the cluster use), read as Quarkus reads it. */
class ProductionLimitsConfigTest {

    static SmallRyeConfig profile(String name) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(name)
                .withSources(new PropertiesConfigSource(ProductionLimitsConfigTest.class.getResource("/application.properties")))
                .build();
    }

    @Test
    void productionServesNoIntrospectionAndLimitsEachCaller() throws IOException {
        SmallRyeConfig prod = profile("prod");
        assertFalse(prod.getValue("lvzhi.graphql.introspection", Boolean.class));
        assertFalse(prod.getValue("quarkus.smallrye-graphql.schema-available", Boolean.class));
        assertEquals(8, prod.getValue("lvzhi.graphql.caller.max-concurrent", Integer.class));
        assertEquals("10s", prod.getRawValue("lvzhi.graphql.timeout"));
        // dev and test keep it: the schema drift test and the authorization matrix read the served schema
        assertTrue(profile("test").getValue("lvzhi.graphql.introspection", Boolean.class));
        assertTrue(profile("dev").getValue("lvzhi.graphql.introspection", Boolean.class));
    }
}

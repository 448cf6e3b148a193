package cn.lvzhi.common;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * SmallRye builds its engine on the first requests, several at once after a start, and each build asks
 * {@link InputRules} for its schema. Every build must get one schema whose fields point at that schema's own types:
 * two transformations of the served schema racing each other left {@code Me.unit} (and some three hundred other
 * fields) typed with another copy of their type, and every fragment on a unit failed validation until the next
 * restart. Eight transformations started at once from separate rule instances reproduce that on this schema.
 */
@QuarkusTest
class InputRulesSchemaTest {
    @Inject
    GraphQLSchema served;

    /** The fields of the schema's object types whose type is not the schema's own type of that name. */
    private static List<String> foreignTypes(GraphQLSchema schema) {
        List<String> foreign = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
                    if (schema.getType(named.getName()) != named) {
                        foreign.add(object.getName() + "." + field.getName());
                    }
                }
            }
        }
        return foreign;
    }

    @RepeatedTest(3)
    void buildsStartedAtOnceShareOneIntactSchema() throws Exception {
        InputRules rules = new InputRules();
        int builds = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        try {
            List<Future<GraphQLSchema>> made = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                made.add(pool.submit(() -> {
                    start.await();
                    return rules.faithful(served);
                }));
            }
            start.countDown();
            GraphQLSchema schema = made.get(0).get();
            for (Future<GraphQLSchema> each : made) {
                assertSame(schema, each.get(), "every build gets the one transformed schema");
            }
            assertNotSame(served.getType("Int"), schema.getType("Int"), "Int is the faithful scalar");
            assertEquals(List.of(), foreignTypes(schema));
            var validated = ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput("""
                    query Me { me { username unit { ...UnitFields } } }
                    fragment UnitFields on Unit { id code name }""").build());
            assertEquals(List.of(), validated.getErrors());
        } finally {
            pool.shutdownNow();
        }
    }
}
